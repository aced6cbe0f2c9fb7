"use client";

import { minorDigits, postManualJournalEntryInput } from "@closebook/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Plus as PlusIcon, X as XIcon } from "lucide-react";
import { useMemo, useRef, useState } from "react";
import { useFieldArray, useForm, useFormState, useWatch, type Control, type Path } from "react-hook-form";
import { successResult, type ActionResult } from "@/lib/action-result";
import { cn } from "@/lib/cn";
import { formFailure } from "@/lib/form-errors";
import { accountLabel, accountsById, useAccounts, type Account } from "@/lib/reference-data";
import { SubmissionKeys } from "@/lib/request-key";
import { schemaResolver } from "@/lib/schema-resolver";
import { useHydrated } from "@/lib/use-hydrated";
import { useTRPC } from "@/trpc/react-provider";
import { ActionOutcome } from "@/components/action-outcome";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { dateEntryProblem, type DateEntry } from "@/components/ui/date-field";
import { Form } from "@/components/ui/form";
import { FormAmountField, FormDateField, FormItemField, FormTextField, submitReadingDates } from "@/components/ui/form-fields";
import { Input } from "@/components/ui/input";
import { useLocalAmounts, useLocalDisplay, type LocalAmounts } from "@/components/ui/organization-formats";
import { Panel } from "@/components/ui/panel";
import { NativeSelect } from "@/components/ui/select";

interface LineValues {
  accountId: string;
  memo: string;
  /** In the organization's number format. */
  debit: string;
  credit: string;
}

interface Values {
  effectiveDate: DateEntry;
  memo: string;
  lines: LineValues[];
}

type Parsed = ReturnType<typeof postManualJournalEntryInput.parse>;

const emptyLine = (): LineValues => ({ accountId: "", memo: "", debit: "", credit: "" });

/**
 * The form field showing an input path's messages: a line's `debitMinor` (and a message on the
 * line itself) under its Debit, `creditMinor` under its Credit, the whole `lines` (it does not
 * balance, too few lines) under the totals.
 */
function fieldOf(path: string): string {
  const [head = "", index, sub] = path.split(".");
  if (head !== "lines") return head;
  if (index === undefined) return "lines.root";
  if (sub === "accountId" || sub === "memo") return `lines.${index}.${sub}`;
  return `lines.${index}.${sub === "creditMinor" ? "credit" : "debit"}`;
}

/** A line's typed amount in minor units (0 for an empty one), or null when it is no amount. */
function lineAmount(text: string, currency: string, amounts: LocalAmounts): bigint | null {
  return text.trim() === "" ? 0n : amounts.parse(text, currency, { min: 0n });
}

interface Totals {
  currency: string;
  debit: bigint;
  credit: bigint;
}

/** Debits and credits per currency of the lines whose account and amount are readable. */
function totalsOf(lines: readonly LineValues[], accounts: Map<string, Account>, amounts: LocalAmounts): Totals[] {
  const totals = new Map<string, Totals>();
  for (const line of lines) {
    const account = accounts.get(line.accountId);
    if (!account) continue;
    const total = totals.get(account.currency) ?? { currency: account.currency, debit: 0n, credit: 0n };
    total.debit += lineAmount(line.debit, account.currency, amounts) ?? 0n;
    total.credit += lineAmount(line.credit, account.currency, amounts) ?? 0n;
    totals.set(account.currency, total);
  }
  return [...totals.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}

const unreachable = "Could not reach Closebook, so the entry may not be posted yet. Post again to retry: the retry is recognised and posts it once.";

/**
 * A controller's adjusting entry: lines as a react-hook-form field array, amounts typed in the
 * organization's number format, live totals per currency; core's `postManualJournalEntryInput`
 * is the resolver, and whether it balances is the server's call (ENTRY_UNBALANCED).
 */
export function ManualEntryForm({ defaultDate }: { defaultDate: string }) {
  const trpc = useTRPC();
  const amounts = useLocalAmounts();
  const queryClient = useQueryClient();
  const hydrated = useHydrated();
  const keys = useRef(new SubmissionKeys());
  const accounts = useAccounts();
  const usable = (accounts.data ?? []).filter((a) => a.status === "active");
  const byId = useMemo(() => accountsById(accounts.data), [accounts.data]);
  const [result, setResult] = useState<ActionResult | null>(null);
  const resolver = useMemo(() => {
    const currencyOf = (line: LineValues) => byId.get(line.accountId)?.currency ?? "EUR";
    return schemaResolver(
      postManualJournalEntryInput,
      (v: Values) => ({
        effectiveDate: v.effectiveDate.text,
        memo: v.memo,
        lines: v.lines.map((line) => ({
          accountId: line.accountId,
          debitMinor: lineAmount(line.debit, currencyOf(line), amounts) ?? 0n,
          creditMinor: lineAmount(line.credit, currencyOf(line), amounts) ?? 0n,
          memo: line.memo.trim() || null,
        })),
      }),
      {
        fieldOf,
        precheck: (v) => {
          const problems: Record<string, string | undefined> = { effectiveDate: dateEntryProblem(v.effectiveDate, { required: true }) ?? undefined };
          v.lines.forEach((line, index) => {
            for (const side of ["debit", "credit"] as const) {
              if (lineAmount(line[side], currencyOf(line), amounts) === null) problems[`lines.${index}.${side}`] = amounts.refusal(line[side], currencyOf(line), { min: 0n });
            }
          });
          return problems;
        },
      },
    );
  }, [amounts, byId]);
  const form = useForm<Values, unknown, Parsed>({ defaultValues: { effectiveDate: { text: defaultDate, badInput: false }, memo: "", lines: [emptyLine(), emptyLine()] }, resolver });
  const lines = useFieldArray({ control: form.control, name: "lines" });

  const post = useMutation(
    trpc.ledger.postEntry.mutationOptions({
      onSuccess: async (outcome) => {
        keys.current.settle();
        form.reset({ ...form.getValues(), memo: "", lines: [emptyLine(), emptyLine()] });
        setResult(successResult(outcome, { href: `/ledger/entries/${outcome.state.id}`, label: `Open ${outcome.state.number}` }));
        await queryClient.invalidateQueries();
      },
      onError: (error) => setResult(formFailure(form, error, { title: "The entry was not posted", unreachable }, (path) => fieldOf(path) as Path<Values>)),
    }),
  );

  const onSubmit = submitReadingDates(form, ["effectiveDate"], (input) => {
    if (post.isPending) return;
    setResult(null);
    post.mutate({ ...input, idempotencyKey: keys.current.keyFor(input) });
  });

  return (
    <Form {...form}>
      <form onSubmit={onSubmit} noValidate aria-label="New journal entry" className="flex flex-col gap-4">
        <ActionOutcome result={result} />
        <Panel title="Entry" bodyClassName="grid grid-cols-1 gap-x-4 gap-y-3 p-4 sm:grid-cols-12">
          <FormDateField control={form.control} name="effectiveDate" label="Effective date" required hint="It must fall in an open period." className="sm:col-span-3" />
          <FormTextField control={form.control} name="memo" label="Memo" description="Why the entry is made; it shows in every account's ledger." className="sm:col-span-9" />
        </Panel>

        <Panel
          title="Lines"
          actions={
            <Button size="sm" disabled={!hydrated || lines.fields.length >= 100} onClick={() => lines.append(emptyLine(), { shouldFocus: false })}>
              <PlusIcon className="size-3.5" />
              Add line
            </Button>
          }
        >
          <div className="flex flex-col divide-y divide-zinc-100">
            {lines.fields.map((line, index) => (
              <EntryLine key={line.id} control={form.control} index={index} accounts={usable} byId={byId} canRemove={hydrated && lines.fields.length > 2} onRemove={() => lines.remove(index)} />
            ))}
          </div>
          <EntryTotals control={form.control} byId={byId} pending={!hydrated || post.isPending} posting={post.isPending} />
        </Panel>
      </form>
    </Form>
  );
}

/** One line of the entry: account, memo, debit, credit, each with its messages under it. */
function EntryLine({
  control,
  index,
  accounts,
  byId,
  canRemove,
  onRemove,
}: {
  control: Control<Values, unknown, Parsed>;
  index: number;
  accounts: Account[];
  byId: Map<string, Account>;
  canRemove: boolean;
  onRemove: () => void;
}) {
  const accountId = useWatch({ control, name: `lines.${index}.accountId` });
  const account = byId.get(accountId);
  const digits = account ? minorDigits(account.currency) : 2;
  return (
    <fieldset className="grid grid-cols-1 items-start gap-x-3 gap-y-2 px-4 py-3 sm:grid-cols-[2rem_minmax(0,3fr)_minmax(0,2fr)_8.5rem_8.5rem_2rem]" aria-label={`Line ${index + 1}`}>
      <span className="pt-7 text-xs text-zinc-400 tabular-nums">{index + 1}</span>
      <FormItemField control={control} name={`lines.${index}.accountId`} label="Account">
        {(field) => (
          <NativeSelect {...field}>
            <option value="">Choose an account…</option>
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {accountLabel(a)} ({a.currency})
              </option>
            ))}
          </NativeSelect>
        )}
      </FormItemField>
      <FormItemField control={control} name={`lines.${index}.memo`} label="Line memo">
        {(field) => <Input autoComplete="off" placeholder="Optional" {...field} />}
      </FormItemField>
      <FormAmountField control={control} name={`lines.${index}.debit`} label="Debit" digits={digits} />
      <FormAmountField control={control} name={`lines.${index}.credit`} label="Credit" digits={digits} />
      <Button variant="ghost" size="sm" className="mt-6 size-8 px-0" aria-label={`Remove line ${index + 1}`} title="Remove line" disabled={!canRemove} onClick={onRemove}>
        <XIcon className="size-3.5" />
      </Button>
    </fieldset>
  );
}

/** Debits, credits and their difference per currency as the lines are typed, the entry's own messages, and Post. */
function EntryTotals({ control, byId, pending, posting }: { control: Control<Values, unknown, Parsed>; byId: Map<string, Account>; pending: boolean; posting: boolean }) {
  const amounts = useLocalAmounts();
  const { amount: formatAmount } = useLocalDisplay();
  const lines = useWatch({ control, name: "lines" });
  const { errors } = useFormState({ control, name: "lines" });
  const totals = totalsOf(lines, byId, amounts);
  const balanced = totals.length > 0 && totals.every((t) => t.debit === t.credit && t.debit > 0n);
  const entryMessage = errors.lines?.root?.message ?? errors.lines?.message;
  return (
    <div className="flex flex-wrap items-start justify-between gap-3 border-t border-zinc-200 bg-zinc-50 px-4 py-3" aria-live="polite" data-testid="entry-totals">
      <div className="flex flex-col gap-1">
        {totals.length === 0 ? <span className="text-xs text-zinc-500">Choose accounts and amounts to see the totals.</span> : null}
        {totals.map((t) => {
          const difference = t.debit - t.credit;
          return (
            <div key={t.currency} className="flex flex-wrap items-center gap-x-4 gap-y-1 text-[13px] tabular-nums" data-currency={t.currency}>
              <span className="w-10 font-mono text-xs text-zinc-500">{t.currency}</span>
              <span>
                Debits <span className="font-medium">{formatAmount(t.debit, t.currency, { withCurrency: false })}</span>
              </span>
              <span>
                Credits <span className="font-medium">{formatAmount(t.credit, t.currency, { withCurrency: false })}</span>
              </span>
              <span className={cn(difference === 0n ? "text-zinc-500" : "font-medium text-amber-800")}>
                Difference {formatAmount(difference < 0n ? -difference : difference, t.currency, { withCurrency: false })}
              </span>
            </div>
          );
        })}
        {entryMessage ? (
          <p className="text-xs text-red-600" role="alert">
            {entryMessage}
          </p>
        ) : null}
      </div>
      <div className="flex items-center gap-3">
        {balanced ? <Badge tone="green">Balanced</Badge> : <Badge tone="amber">Not balanced</Badge>}
        <Button type="submit" variant="primary" disabled={pending}>
          {posting ? "Posting…" : "Post entry"}
        </Button>
      </div>
    </div>
  );
}
