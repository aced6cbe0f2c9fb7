"use client";

import type { RouterOutputs } from "@closebook/api";
import { csvDateFormats, csvDelimiters, csvEncodings, csvImportProfileSchema, saveCsvImportProfileInput, type CsvImportProfileInput } from "@closebook/core";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo, useRef, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { ActionOutcome } from "@/components/action-outcome";
import { Amount } from "@/components/amount";
import { Form } from "@/components/ui/form";
import { Checkbox } from "@/components/ui/form-controls";
import { FormActions, FormItemField, FormTextField } from "@/components/ui/form-fields";
import { NativeSelect } from "@/components/ui/select";
import { Table, TableCell, TableHead } from "@/components/ui/table";
import type { ActionResult } from "@/lib/action-result";
import { formFailure } from "@/lib/form-errors";
import { SubmissionKeys } from "@/lib/request-key";
import { schemaResolver } from "@/lib/schema-resolver";
import { useDebouncedValue } from "@/lib/use-debounced-value";
import { useTRPC } from "@/trpc/react-provider";

type Sniff = RouterOutputs["statements"]["previewCsv"]["sniff"];

/** What the profile form holds, as typed: a column is a header name or a position ("3"), "" for none. */
export interface CsvProfileValues {
  name: string;
  delimiter: (typeof csvDelimiters)[number];
  encoding: (typeof csvEncodings)[number];
  skipRows: string;
  hasHeaderRow: boolean;
  bookingDate: string;
  valueDate: string;
  amountKind: "signed" | "debitCredit";
  amount: string;
  debit: string;
  credit: string;
  currency: string;
  counterpartyName: string;
  counterpartyAccount: string;
  reference: string;
  remittance: string;
  bankReference: string;
  dateFormat: (typeof csvDateFormats)[number];
  decimalSeparator: "." | ",";
  thousandsSeparator: "" | "," | "." | " " | "'";
}

/** A new profile's values, prefilled with what the file itself suggests (core's `sniffCsv`). */
export function profileDefaults(sniff: Sniff, fileName: string): CsvProfileValues {
  const decimal = sniff.decimalSeparator ?? ".";
  return {
    name: fileName.replace(/\.[^.]+$/, ""),
    delimiter: sniff.delimiter,
    encoding: sniff.encoding,
    skipRows: String(sniff.skipRows),
    hasHeaderRow: sniff.hasHeaderRow,
    bookingDate: "",
    valueDate: "",
    amountKind: "signed",
    amount: "",
    debit: "",
    credit: "",
    currency: "",
    counterpartyName: "",
    counterpartyAccount: "",
    reference: "",
    remittance: "",
    bankReference: "",
    dateFormat: sniff.dateFormat ?? "YYYY-MM-DD",
    decimalSeparator: decimal,
    thousandsSeparator: decimal === "," ? "." : ",",
  };
}

const columnOf = (text: string): string | number => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : text);
const optionalColumn = (text: string) => (text.trim() === "" ? null : columnOf(text));

/** The typed values as core's `csvImportProfileSchema` takes them. */
export function profileOf(v: CsvProfileValues): CsvImportProfileInput {
  return {
    name: v.name,
    delimiter: v.delimiter,
    encoding: v.encoding,
    skipRows: /^\d+$/.test(v.skipRows.trim()) ? Number(v.skipRows.trim()) : Number.NaN,
    hasHeaderRow: v.hasHeaderRow,
    columns: {
      bookingDate: columnOf(v.bookingDate),
      valueDate: optionalColumn(v.valueDate),
      amount: v.amountKind === "signed" ? { kind: "signed", column: columnOf(v.amount) } : { kind: "debitCredit", debit: columnOf(v.debit), credit: columnOf(v.credit) },
      currency: optionalColumn(v.currency),
      counterpartyName: optionalColumn(v.counterpartyName),
      counterpartyAccount: optionalColumn(v.counterpartyAccount),
      reference: optionalColumn(v.reference),
      remittance: v.remittance.trim() === "" ? [] : [columnOf(v.remittance)],
      bankReference: optionalColumn(v.bankReference),
    },
    dateFormat: v.dateFormat,
    decimalSeparator: v.decimalSeparator,
    thousandsSeparator: v.thousandsSeparator,
  };
}

/** An input path of the profile (`profile.columns.amount.debit`) → the form field showing its messages. */
function fieldOf(path: string): keyof CsvProfileValues | null {
  const parts = path.replace(/^profile\./, "").split(".");
  if (parts[0] === "columns") {
    if (parts[1] === "amount") return parts[2] === "debit" ? "debit" : parts[2] === "credit" ? "credit" : "amount";
    const key = parts[1] as keyof CsvProfileValues | undefined;
    return key && ["bookingDate", "valueDate", "currency", "counterpartyName", "counterpartyAccount", "reference", "remittance", "bankReference"].includes(key) ? key : "bookingDate";
  }
  const key = parts[0] as keyof CsvProfileValues | undefined;
  return key && ["name", "delimiter", "encoding", "skipRows", "hasHeaderRow", "dateFormat", "decimalSeparator", "thousandsSeparator"].includes(key) ? key : null;
}

const delimiterLabels: Record<CsvProfileValues["delimiter"], string> = { ",": "Comma ,", ";": "Semicolon ;", "\t": "Tab", "|": "Vertical bar |" };
const thousandsLabels: Record<CsvProfileValues["thousandsSeparator"], string> = { "": "None", ",": "Comma ,", ".": "Point .", " ": "Space", "'": "Apostrophe '" };

/**
 * A new CSV import profile for a bank account (react-hook-form on core's `saveCsvImportProfileInput`),
 * prefilled from the file, with a LIVE PREVIEW of the file's first rows as the profile reads them
 * (`statements.previewCsv`: the same reader the import uses).
 */
export function CsvProfileForm({
  bankAccountId,
  content,
  fileName,
  sniff,
  onSaved,
  onCancel,
}: {
  bankAccountId: string;
  content: string;
  fileName: string;
  sniff: Sniff;
  onSaved: (profileId: string) => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const keys = useRef(new SubmissionKeys());
  const [result, setResult] = useState<ActionResult | null>(null);
  const form = useForm<CsvProfileValues, unknown, ReturnType<typeof saveCsvImportProfileInput.parse>>({
    defaultValues: profileDefaults(sniff, fileName),
    resolver: schemaResolver(saveCsvImportProfileInput, (v: CsvProfileValues) => ({ bankAccountId, profile: profileOf(v) }), { fieldOf: (path) => fieldOf(path) ?? "name" }),
  });
  const values = useWatch({ control: form.control }) as CsvProfileValues;
  const parsed = csvImportProfileSchema.safeParse(profileOf(values));
  // Debounced by its text, so an unchanged profile is the same value and nothing is asked again.
  const profileText = useDebouncedValue(parsed.success ? JSON.stringify(parsed.data) : "", 300);
  const profile = useMemo(() => (profileText ? csvImportProfileSchema.parse(JSON.parse(profileText)) : null), [profileText]);
  const preview = useQuery({
    ...trpc.statements.previewCsv.queryOptions({ bankAccountId, content, profile: profile ?? undefined }),
    enabled: profile !== null,
    placeholderData: keepPreviousData,
  });
  const columns = sniff.hasHeaderRow === values.hasHeaderRow && values.hasHeaderRow ? sniff.firstRow : sniff.firstRow.map((cell, index) => ({ value: String(index + 1), label: `Column ${index + 1}${cell ? ` (${cell})` : ""}` }));
  const columnOptions = columns.map((c) => (typeof c === "string" ? { value: c, label: c } : c));

  const save = useMutation(
    trpc.statements.saveCsvProfile.mutationOptions({
      onSuccess: async (outcome) => {
        keys.current.settle();
        await queryClient.invalidateQueries(trpc.statements.csvProfiles.pathFilter());
        onSaved(outcome.state.id);
      },
      onError: (error) => setResult(formFailure(form, error, { title: "The profile was not saved", unreachable: "Could not reach Closebook, so the profile may not be saved yet. Save again to retry." }, fieldOf)),
    }),
  );
  const onSubmit = form.handleSubmit((input) => {
    if (save.isPending) return;
    setResult(null);
    save.mutate({ ...input, idempotencyKey: keys.current.keyFor(input) });
  });

  const column = (name: keyof CsvProfileValues, label: string, optional = true) => (
    <FormItemField control={form.control} name={name} label={label} className="sm:col-span-3">
      {(field) => (
        <NativeSelect {...field} value={String(field.value)}>
          <option value="">{optional ? "— none —" : "Choose a column"}</option>
          {columnOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </NativeSelect>
      )}
    </FormItemField>
  );
  const shown = preview.data?.preview;

  return (
    <Form {...form}>
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label="New CSV profile" className="flex flex-col gap-3">
        <ActionOutcome result={result} />
        <div className="grid grid-cols-1 gap-x-3 gap-y-2 sm:grid-cols-12">
          <FormTextField control={form.control} name="name" label="Profile name" className="sm:col-span-6" />
          <FormItemField control={form.control} name="delimiter" label="Delimiter" className="sm:col-span-2">
            {(field) => (
              <NativeSelect {...field}>
                {csvDelimiters.map((d) => (
                  <option key={d} value={d}>
                    {delimiterLabels[d]}
                  </option>
                ))}
              </NativeSelect>
            )}
          </FormItemField>
          <FormItemField control={form.control} name="encoding" label="Encoding" className="sm:col-span-2">
            {(field) => (
              <NativeSelect {...field}>
                {csvEncodings.map((e) => (
                  <option key={e} value={e}>
                    {e}
                  </option>
                ))}
              </NativeSelect>
            )}
          </FormItemField>
          <FormTextField control={form.control} name="skipRows" label="Lines to skip" className="sm:col-span-2" />
          <FormItemField control={form.control} name="hasHeaderRow" className="sm:col-span-12">
            {(field) => <Checkbox label="The first row names the columns" checked={field.value} onChange={(e) => field.onChange(e.target.checked)} onBlur={field.onBlur} name={field.name} />}
          </FormItemField>
          {column("bookingDate", "Booking date", false)}
          {column("valueDate", "Value date")}
          <FormItemField control={form.control} name="amountKind" label="Amount" className="sm:col-span-3">
            {(field) => (
              <NativeSelect {...field}>
                <option value="signed">One signed column</option>
                <option value="debitCredit">Debit and credit columns</option>
              </NativeSelect>
            )}
          </FormItemField>
          {values.amountKind === "signed" ? (
            column("amount", "Amount column", false)
          ) : (
            <>
              {column("debit", "Debit column", false)}
              {column("credit", "Credit column", false)}
            </>
          )}
          {column("counterpartyName", "Counterparty")}
          {column("counterpartyAccount", "Counterparty IBAN")}
          {column("remittance", "Remittance text")}
          {column("reference", "Reference")}
          {column("bankReference", "Bank's transaction id")}
          {column("currency", "Currency")}
          <FormItemField control={form.control} name="dateFormat" label="Date format" className="sm:col-span-3">
            {(field) => (
              <NativeSelect {...field}>
                {csvDateFormats.map((f) => (
                  <option key={f} value={f}>
                    {f}
                  </option>
                ))}
              </NativeSelect>
            )}
          </FormItemField>
          <FormItemField control={form.control} name="decimalSeparator" label="Decimal separator" className="sm:col-span-3">
            {(field) => (
              <NativeSelect {...field}>
                <option value=".">Point .</option>
                <option value=",">Comma ,</option>
              </NativeSelect>
            )}
          </FormItemField>
          <FormItemField control={form.control} name="thousandsSeparator" label="Thousands separator" className="sm:col-span-3">
            {(field) => (
              <NativeSelect {...field}>
                {(Object.keys(thousandsLabels) as CsvProfileValues["thousandsSeparator"][]).map((t) => (
                  <option key={t} value={t}>
                    {thousandsLabels[t]}
                  </option>
                ))}
              </NativeSelect>
            )}
          </FormItemField>
        </div>

        <section aria-label="Preview" className="rounded-md border border-zinc-200">
          <div className="flex items-center justify-between border-b border-zinc-100 px-3 py-1.5 text-xs text-zinc-500">
            <span className="font-medium text-zinc-700">Preview: the first rows as they will be read</span>
            <span>{!profile ? "Map the booking date and the amount to see the rows." : preview.isFetching ? "reading…" : shown ? `${shown.totalRows} row${shown.totalRows === 1 ? "" : "s"} in the file` : ""}</span>
          </div>
          {shown && shown.problems.length ? (
            <ul className="px-3 py-2 text-xs text-red-700">
              {shown.problems.map((p, i) => (
                <li key={i}>{p.message}</li>
              ))}
            </ul>
          ) : null}
          {shown && shown.rows.length ? (
            <div className="max-h-64 overflow-auto">
              <Table caption="Preview rows">
                <thead>
                  <tr>
                    <TableHead>Line</TableHead>
                    <TableHead>Booked</TableHead>
                    <TableHead>Counterparty</TableHead>
                    <TableHead>Text</TableHead>
                    <TableHead align="right">Amount</TableHead>
                  </tr>
                </thead>
                <tbody>
                  {shown.rows.map((row) => (
                    <tr key={row.line} className="border-t border-zinc-100" data-testid="preview-row">
                      <TableCell className="font-mono text-zinc-500">{row.line}</TableCell>
                      {row.read ? (
                        <>
                          <TableCell className="font-mono">{row.read.bookingDate}</TableCell>
                          <TableCell>{row.read.counterpartyName ?? "—"}</TableCell>
                          <TableCell className="max-w-64 truncate">{row.read.remittanceInformation ?? ""}</TableCell>
                          <TableCell numeric>
                            <Amount minor={row.read.amountMinor} currency={row.read.currency} />
                          </TableCell>
                        </>
                      ) : (
                        <TableCell colSpan={4} className="text-red-700">
                          {row.problems.map((p) => p.message).join(" ")}
                        </TableCell>
                      )}
                    </tr>
                  ))}
                </tbody>
              </Table>
            </div>
          ) : null}
        </section>
        <FormActions pending={save.isPending} submitLabel="Save profile" pendingLabel="Saving…" cancel={{ label: "Cancel", onClick: onCancel }} />
      </form>
    </Form>
  );
}
