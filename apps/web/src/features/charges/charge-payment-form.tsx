"use client";

import type { RouterOutputs } from "@closebook/api";
import { formatMinor, minorDigits, recordChargePaymentInput } from "@closebook/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { errorsByField, failureReport, issuesByPath, successResult, topLevelField, type ActionResult } from "@/lib/action-result";
import { accountLabel, type Account } from "@/lib/reference-data";
import { SubmissionKeys } from "@/lib/request-key";
import { useHydrated } from "@/lib/use-hydrated";
import { useTRPC } from "@/trpc/react-provider";
import { Button } from "@/components/ui/button";
import { dateEntryProblem, DateField, readDateField } from "@/components/ui/date-field";
import { AmountInput, Input } from "@/components/ui/input";
import { Field } from "@/components/ui/form-controls";
import { NativeSelect } from "@/components/ui/select";
import { useLocalAmounts } from "@/components/ui/organization-formats";

const fields = ["reference", "amount", "bankAccountId", "receivedOn"] as const;
type FieldName = (typeof fields)[number];
type FieldErrors = Partial<Record<FieldName, string[]>>;
const fieldOf = (path: string): FieldName | null => (path.startsWith("amountMinor") ? "amount" : topLevelField(fields)(path));

/** Records money received against an issued charge (DR bank / CR receivable); partial payments are fine. */
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
  const [reference, setReference] = useState("");
  const [amount, setAmount] = useState(amounts.format(remainingMinor, charge.currency));
  const [bankChoice, setBankChoice] = useState("");
  const [receivedOn, setReceivedOn] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const bankAccountId = bankChoice || (banks.find((a) => a.code === "1010") ?? banks[0])?.id || "";
  const digits = minorDigits(charge.currency);

  const record = useMutation(
    trpc.charges.recordPayment.mutationOptions({
      onSuccess: async (outcome) => {
        keys.current.settle();
        setErrors({});
        setReference("");
        setAmount(amounts.format(outcome.state.remainingMinor, charge.currency));
        onResult(successResult(outcome));
        await queryClient.invalidateQueries();
      },
      onError: (error) => {
        const failure = failureReport(error, {
          title: "The payment was not recorded",
          unreachable: "Could not reach Closebook, so the payment may not be recorded yet. Submit again: the retry is recognised and records it once.",
        });
        const { fields: byField, other } = errorsByField(failure.byPath, fieldOf);
        setErrors(byField);
        onResult({ ...failure.result, details: other });
      },
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (record.isPending) return;
    const amountMinor = amounts.parse(amount, charge.currency);
    const date = readDateField(event.currentTarget, "receivedOn");
    const dateProblem = dateEntryProblem(date);
    const parsed = recordChargePaymentInput.safeParse({
      chargeId: charge.id,
      reference,
      amountMinor: amountMinor ?? 0n,
      bankAccountId,
      ...(date.text ? { receivedOn: date.text } : {}),
    });
    const local: FieldErrors = parsed.success ? {} : errorsByField(issuesByPath(parsed.error), fieldOf).fields;
    if (amountMinor === null) local.amount = [amount.trim() ? amounts.refusal(amount, charge.currency) : "Enter the amount received."];
    if (dateProblem) local.receivedOn = [dateProblem];
    if (!parsed.success || amountMinor === null || dateProblem) {
      setErrors(local);
      return;
    }
    setErrors({});
    record.mutate({ ...parsed.data, idempotencyKey: keys.current.keyFor(parsed.data) });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Record a payment" className="flex flex-col gap-3 border-t border-zinc-100 pt-4 first:border-t-0 first:pt-0">
      <p className="text-[13px] font-medium text-zinc-900">Record a payment</p>
      <Field label="Bank reference" errors={errors.reference} hint="As on the bank statement; each is recorded once.">
        {(control) => <Input {...control} name="reference" autoComplete="off" className="font-mono" value={reference} onChange={(e) => setReference(e.target.value)} />}
      </Field>
      <Field label={`Amount (${charge.currency})`} errors={errors.amount} hint={`${formatMinor(remainingMinor, charge.currency)} open`}>
        {(control) => <AmountInput {...control} name="amount" digits={digits} value={amount} onChange={(e) => setAmount(e.target.value)} />}
      </Field>
      <Field label="Bank account" errors={errors.bankAccountId}>
        {(control) => (
          <NativeSelect {...control} name="bankAccountId" value={bankAccountId} onChange={(e) => setBankChoice(e.target.value)}>
            {banks.length === 0 ? <option value="">No bank account in {charge.currency}</option> : null}
            {banks.map((a) => (
              <option key={a.id} value={a.id}>
                {accountLabel(a)}
              </option>
            ))}
          </NativeSelect>
        )}
      </Field>
      <DateField
        label="Received on"
        name="receivedOn"
        errors={errors.receivedOn}
        hint="Empty: today."
        value={receivedOn}
        onChange={(text) => {
          setReceivedOn(text);
          setErrors((current) => ({ ...current, receivedOn: undefined }));
        }}
      />
      <Button type="submit" variant="primary" disabled={!hydrated || record.isPending}>
        {record.isPending ? "Recording…" : "Record payment"}
      </Button>
    </form>
  );
}
