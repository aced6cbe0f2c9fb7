"use client";

import type { RouterOutputs } from "@closebook/api";
import { formatMinor, minorDigits, recordChargePaymentInput } from "@closebook/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useMemo, useRef } from "react";
import { useForm } from "react-hook-form";
import { failureReport, successResult, topLevelField, type ActionResult } from "@/lib/action-result";
import { applyServerErrors } from "@/lib/form-errors";
import { accountLabel, type Account } from "@/lib/reference-data";
import { SubmissionKeys } from "@/lib/request-key";
import { schemaResolver } from "@/lib/schema-resolver";
import { useHydrated } from "@/lib/use-hydrated";
import { useTRPC } from "@/trpc/react-provider";
import { Button } from "@/components/ui/button";
import { DateField, dateEntryProblem, type DateEntry, readDateField } from "@/components/ui/date-field";
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { AmountInput, Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { useLocalAmounts } from "@/components/ui/organization-formats";

interface Values {
  reference: string;
  /** In the organization's number format. */
  amount: string;
  /** "" until chosen: the currency's operating bank account (1010) applies. */
  bankAccountId: string;
  receivedOn: DateEntry;
}

const fieldOf = (path: string): keyof Values | null => (path.startsWith("amountMinor") ? "amount" : topLevelField(["reference", "bankAccountId", "receivedOn"] as const)(path));

/** Records money received against an issued charge (DR bank / CR receivable); partial payments are fine. Core's `recordChargePaymentInput` is the resolver. */
export function ChargePaymentForm({
  charge,
  remainingMinor,
  accounts,
  onResult,
}: {
  charge: RouterOutputs["charges"]["byId"]["charge"];
  remainingMinor: bigint;
  accounts: Account[];
  onResult: (result: ActionResult) => void;
}) {
  const trpc = useTRPC();
  const amounts = useLocalAmounts();
  const queryClient = useQueryClient();
  const hydrated = useHydrated();
  const keys = useRef(new SubmissionKeys());
  const banks = accounts.filter((a) => a.isBankAccount && a.status === "active" && a.currency === charge.currency);
  const defaultBank = (banks.find((a) => a.code === "1010") ?? banks[0])?.id ?? "";
  const resolver = useMemo(
    () =>
      schemaResolver(
        recordChargePaymentInput,
        (v: Values) => ({
          chargeId: charge.id,
          reference: v.reference,
          amountMinor: amounts.parse(v.amount, charge.currency) ?? 0n,
          bankAccountId: v.bankAccountId || defaultBank,
          ...(v.receivedOn.text ? { receivedOn: v.receivedOn.text } : {}),
        }),
        {
          fieldOf: (path) => fieldOf(path) ?? "reference",
          precheck: (v) => {
            const problems: Partial<Record<keyof Values, string>> = {};
            if (amounts.parse(v.amount, charge.currency) === null) problems.amount = v.amount.trim() ? amounts.refusal(v.amount, charge.currency) : "Enter the amount received.";
            const date = dateEntryProblem(v.receivedOn);
            if (date) problems.receivedOn = date;
            return problems;
          },
        },
      ),
    [amounts, charge.id, charge.currency, defaultBank],
  );
  const form = useForm<Values, unknown, ReturnType<typeof recordChargePaymentInput.parse>>({
    defaultValues: { reference: "", amount: amounts.format(remainingMinor, charge.currency), bankAccountId: "", receivedOn: { text: "", badInput: false } },
    resolver,
  });

  const record = useMutation(
    trpc.charges.recordPayment.mutationOptions({
      onSuccess: async (outcome) => {
        keys.current.settle();
        form.reset({ ...form.getValues(), reference: "", amount: amounts.format(outcome.state.remainingMinor, charge.currency) });
        onResult(successResult(outcome));
        await queryClient.invalidateQueries();
      },
      onError: (error) => {
        const failure = failureReport(error, {
          title: "The payment was not recorded",
          unreachable: "Could not reach Closebook, so the payment may not be recorded yet. Submit again: the retry is recognised and records it once.",
        });
        onResult({ ...failure.result, details: applyServerErrors(form, failure, fieldOf) });
      },
    }),
  );

  const onSubmit = form.handleSubmit((input) => {
    if (record.isPending) return;
    record.mutate({ ...input, idempotencyKey: keys.current.keyFor(input) });
  });

  return (
    <Form {...form}>
      <form
        onSubmit={(event) => {
          // A partial date changes nothing React sees: the element is the truth at submit.
          form.setValue("receivedOn", readDateField(event.currentTarget, "receivedOn"));
          void onSubmit(event);
        }} noValidate aria-label="Record a payment" className="flex flex-col gap-3">
        <p className="text-[13px] font-medium text-zinc-900">Record a payment</p>
        <FormField
          control={form.control}
          name="reference"
          render={({ field }) => (
            <FormItem>
              <FormLabel>Bank reference</FormLabel>
              <FormControl>
                <Input autoComplete="off" className="font-mono" {...field} />
              </FormControl>
              <FormDescription>As on the bank statement; each is recorded once.</FormDescription>
              <FormMessage />
            </FormItem>
          )}
        />
        <FormField
          control={form.control}
          name="amount"
          render={({ field }) => (
            <FormItem>
              <FormLabel>Amount ({charge.currency})</FormLabel>
              <FormControl>
                <AmountInput digits={minorDigits(charge.currency)} {...field} />
              </FormControl>
              <FormDescription>{formatMinor(remainingMinor, charge.currency)} open</FormDescription>
              <FormMessage />
            </FormItem>
          )}
        />
        <FormField
          control={form.control}
          name="bankAccountId"
          render={({ field }) => (
            <FormItem>
              <FormLabel>Bank account</FormLabel>
              <FormControl>
                <NativeSelect {...field} value={field.value || defaultBank}>
                  {banks.length === 0 ? <option value="">No bank account in {charge.currency}</option> : null}
                  {banks.map((a) => (
                    <option key={a.id} value={a.id}>
                      {accountLabel(a)}
                    </option>
                  ))}
                </NativeSelect>
              </FormControl>
              <FormMessage />
            </FormItem>
          )}
        />
        <FormField
          control={form.control}
          name="receivedOn"
          render={({ field, fieldState }) => (
            <DateField
              label="Received on"
              name="receivedOn"
              hint="Empty: today."
              value={field.value.text}
              errors={fieldState.error?.message ? [fieldState.error.message] : undefined}
              onChange={(_text, entry) => field.onChange(entry)}
              onBlur={field.onBlur}
            />
          )}
        />
        <Button type="submit" variant="primary" disabled={!hydrated || record.isPending}>
          {record.isPending ? "Recording…" : "Record payment"}
        </Button>
      </form>
    </Form>
  );
}
