"use client";

import type { RouterOutputs } from "@closebook/api";
import { recordChargePaymentInput } from "@closebook/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useMemo, useRef } from "react";
import { useForm } from "react-hook-form";
import { successResult, type ActionResult } from "@/lib/action-result";
import { formFailure } from "@/lib/form-errors";
import { accountLabel, type Account } from "@/lib/reference-data";
import { SubmissionKeys } from "@/lib/request-key";
import { schemaResolver } from "@/lib/schema-resolver";
import { useHydrated } from "@/lib/use-hydrated";
import { useTRPC } from "@/trpc/react-provider";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { FormItemField, FormTextField, submitReadingDates } from "@/components/ui/form-fields";
import { NativeSelect } from "@/components/ui/select";
import { useLocalAmounts, useLocalDisplay } from "@/components/ui/organization-formats";
import { ChargeAmountFields, chargeAmountDefaults, chargeAmountFieldOf, chargeAmountInput, chargeAmountPrecheck, type ChargeAmountValues } from "@/features/charges/charge-amount-fields";

interface Values extends ChargeAmountValues {
  reference: string;
  /** "" until chosen: the currency's operating bank account (1010) applies. */
  bankAccountId: string;
}

const fieldOf = chargeAmountFieldOf("receivedOn", ["reference", "bankAccountId"] as const, "reference");

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
  const { amount: formatAmount } = useLocalDisplay();
  const queryClient = useQueryClient();
  const hydrated = useHydrated();
  const keys = useRef(new SubmissionKeys());
  const banks = accounts.filter((a) => a.isBankAccount && a.status === "active" && a.currency === charge.currency);
  const defaultBank = (banks.find((a) => a.code === "1010") ?? banks[0])?.id ?? "";
  const resolver = useMemo(
    () =>
      schemaResolver(
        recordChargePaymentInput,
        (v: Values) => ({ chargeId: charge.id, reference: v.reference, bankAccountId: v.bankAccountId || defaultBank, ...chargeAmountInput(v, amounts, charge.currency, "receivedOn") }),
        { fieldOf, precheck: (v) => chargeAmountPrecheck(v, amounts, charge.currency, "Enter the amount received.") },
      ),
    [amounts, charge.id, charge.currency, defaultBank],
  );
  const form = useForm<Values, unknown, ReturnType<typeof recordChargePaymentInput.parse>>({
    defaultValues: { reference: "", bankAccountId: "", ...chargeAmountDefaults(amounts, remainingMinor, charge.currency) },
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
      onError: (error) => onResult(formFailure(form, error, {
          title: "The payment was not recorded",
          unreachable: "Could not reach Closebook, so the payment may not be recorded yet. Submit again: the retry is recognised and records it once.",
        }, fieldOf)),
    }),
  );

  const onSubmit = submitReadingDates(form, ["date"], (input) => {
    if (record.isPending) return;
    record.mutate({ ...input, idempotencyKey: keys.current.keyFor(input) });
  });

  return (
    <Form {...form}>
      <form onSubmit={onSubmit} noValidate aria-label="Record a payment" className="flex flex-col gap-3">
        <p className="text-[13px] font-medium text-zinc-900">Record a payment</p>
        <FormTextField control={form.control} name="reference" label="Bank reference" description="As on the bank statement; each is recorded once." inputClassName="font-mono" />
        <ChargeAmountFields control={form.control} currency={charge.currency} amountHint={`${formatAmount(remainingMinor, charge.currency)} open`} dateLabel="Received on" />
        <FormItemField control={form.control} name="bankAccountId" label="Bank account">
          {(field) => (
            <NativeSelect {...field} value={field.value || defaultBank}>
              {banks.length === 0 ? <option value="">No bank account in {charge.currency}</option> : null}
              {banks.map((a) => (
                <option key={a.id} value={a.id}>
                  {accountLabel(a)}
                </option>
              ))}
            </NativeSelect>
          )}
        </FormItemField>
        <Button type="submit" variant="primary" disabled={!hydrated || record.isPending}>
          {record.isPending ? "Recording…" : "Record payment"}
        </Button>
      </form>
    </Form>
  );
}
