"use client";

import { dateFormatLabel, dateFormats, exampleLocalDate, formatLocalAmount, numberFormatLabel, numberFormats, updateOrganizationFormatsInput, type DateFormatValue, type NumberFormatValue } from "@closebook/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { ActionOutcome } from "@/components/action-outcome";
import { QueryStatus } from "@/components/query-status";
import { Button } from "@/components/ui/button";
import { DetailList } from "@/components/ui/detail-list";
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Panel } from "@/components/ui/panel";
import { NativeSelect } from "@/components/ui/select";
import { failureReport, successResult, type ActionResult } from "@/lib/action-result";
import { applyServerErrors } from "@/lib/form-errors";
import { SubmissionKeys } from "@/lib/request-key";
import { schemaResolver } from "@/lib/schema-resolver";
import { useHydrated } from "@/lib/use-hydrated";
import { useTRPC } from "@/trpc/react-provider";

interface Values {
  dateFormat: DateFormatValue;
  numberFormat: NumberFormatValue;
}

/** "DD.MM.YYYY (23.11.2026)". */
const dateOption = (format: DateFormatValue) => `${dateFormatLabel(format)} (${exampleLocalDate(format)})`;
/** "1.234,56 (1.234.567,89 EUR)". */
const numberOption = (format: NumberFormatValue) => `${numberFormatLabel(format)} (${formatLocalAmount(123_456_789n, format, "EUR")} EUR)`;

const resolver = schemaResolver(updateOrganizationFormatsInput, (v: Values) => v);
const fieldOf = (path: string) => (path.startsWith("dateFormat") ? "dateFormat" : path.startsWith("numberFormat") ? "numberFormat" : null);

/** The organization's date and number formats: admins choose them (`settings.updateFormats`), everyone else reads them. */
export function FormatsSettings({ canEdit }: { canEdit: boolean }) {
  const trpc = useTRPC();
  const formats = useQuery(trpc.settings.formats.queryOptions());
  if (!formats.data) return <QueryStatus error={formats.error} loading what="the formats" />;
  if (!canEdit) {
    return (
      <Panel title="Formats" bodyClassName="p-0">
        <DetailList
          items={[
            { label: "Dates", value: <span data-testid="date-format">{dateOption(formats.data.dateFormat)}</span> },
            { label: "Amounts", value: <span data-testid="number-format">{numberOption(formats.data.numberFormat)}</span> },
          ]}
        />
        <p className="border-t border-zinc-100 px-4 py-3 text-xs text-zinc-500">Only an admin changes how the organization writes dates and amounts.</p>
      </Panel>
    );
  }
  return <FormatsForm current={formats.data} />;
}

function FormatsForm({ current }: { current: Values }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const hydrated = useHydrated();
  const keys = useRef(new SubmissionKeys());
  const [result, setResult] = useState<ActionResult | null>(null);
  const form = useForm<Values, unknown, Values>({ defaultValues: current, resolver });
  const { reset } = form;
  useEffect(() => reset(current), [current, reset]);

  const update = useMutation(
    trpc.settings.updateFormats.mutationOptions({
      onSuccess: async (outcome) => {
        keys.current.settle();
        setResult(successResult(outcome));
        await queryClient.invalidateQueries();
        // Every date and amount field reads the formats from the page's session: render it again.
        router.refresh();
      },
      onError: (error) => {
        const failure = failureReport(error, { title: "The formats were not changed", unreachable: "Could not reach Closebook. Save again to retry." });
        setResult({ ...failure.result, details: applyServerErrors(form, failure, fieldOf) });
      },
    }),
  );
  const onSubmit = form.handleSubmit((input) => {
    if (update.isPending) return;
    setResult(null);
    update.mutate({ ...input, idempotencyKey: keys.current.keyFor(input) });
  });
  const values = form.watch();

  return (
    <Panel title="Formats" bodyClassName="p-4">
      <Form {...form}>
        <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Formats" className="flex max-w-2xl flex-col gap-4">
          <ActionOutcome result={result} />
          <div className="grid grid-cols-1 gap-x-4 gap-y-3 sm:grid-cols-2">
            <FormField
              control={form.control}
              name="dateFormat"
              render={({ field }) => (
                <FormItem>
                  <FormLabel>Date format</FormLabel>
                  <FormControl>
                    <NativeSelect {...field}>
                      {dateFormats.map((f) => (
                        <option key={f} value={f}>
                          {dateOption(f)}
                        </option>
                      ))}
                    </NativeSelect>
                  </FormControl>
                  <FormDescription>Every date field takes and shows dates as {exampleLocalDate(values.dateFormat)}.</FormDescription>
                  <FormMessage />
                </FormItem>
              )}
            />
            <FormField
              control={form.control}
              name="numberFormat"
              render={({ field }) => (
                <FormItem>
                  <FormLabel>Number format</FormLabel>
                  <FormControl>
                    <NativeSelect {...field}>
                      {numberFormats.map((f) => (
                        <option key={f} value={f}>
                          {numberOption(f)}
                        </option>
                      ))}
                    </NativeSelect>
                  </FormControl>
                  <FormDescription>Amounts are typed as {formatLocalAmount(250_000n, values.numberFormat, "EUR")}.</FormDescription>
                  <FormMessage />
                </FormItem>
              )}
            />
          </div>
          <div className="flex justify-end border-t border-zinc-100 pt-3">
            <Button type="submit" variant="primary" disabled={!hydrated || update.isPending || !form.formState.isDirty}>
              {update.isPending ? "Saving…" : "Save formats"}
            </Button>
          </div>
        </form>
      </Form>
    </Panel>
  );
}
