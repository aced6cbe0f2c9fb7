"use client";

import { minorDigits } from "@closebook/core";
import type { ReactNode } from "react";
import type { Control, FieldPathByValue } from "react-hook-form";
import { dateEntryProblem, type DateEntry } from "@/components/ui/date-field";
import { amountProblem, FormAmountField, FormDateField, noDate } from "@/components/ui/form-fields";
import type { LocalAmounts } from "@/components/ui/organization-formats";
import { topLevelField } from "@/lib/action-result";

/** What a payment and a credit note against a charge have in common, as typed: an amount and a date. */
export interface ChargeAmountValues {
  /** In the organization's number format, in the charge's currency. */
  amount: string;
  /** Empty: today. */
  date: DateEntry;
}

/** The amount prefilled (what the charge leaves open) and no date. */
export function chargeAmountDefaults(amounts: LocalAmounts, openMinor: bigint, currency: string): ChargeAmountValues {
  return { amount: amounts.format(openMinor, currency), date: noDate };
}

/** The amount and date as core's input takes them, `dateInput` naming the date (`receivedOn`, `issueDate`): an amount that does not parse is 0 (the precheck says why). */
export function chargeAmountInput(values: ChargeAmountValues, amounts: LocalAmounts, currency: string, dateInput: string) {
  return { amountMinor: amounts.parse(values.amount, currency) ?? 0n, ...(values.date.text ? { [dateInput]: values.date.text } : {}) };
}

/** What the schema cannot see: an amount that does not parse in the currency, a partial date. */
export function chargeAmountPrecheck(values: ChargeAmountValues, amounts: LocalAmounts, currency: string, emptyAmount: string) {
  return { amount: amountProblem(amounts, values.amount, currency, emptyAmount), date: dateEntryProblem(values.date) ?? undefined };
}

/** An input path → the form field showing its messages: `amountMinor` on the amount, `dateInput` on the date, `others` on themselves, the rest on `fallback`. */
export function chargeAmountFieldOf<Other extends string>(dateInput: string, others: readonly Other[], fallback: Other) {
  const other = topLevelField(others);
  return (path: string): Other | "amount" | "date" => (path.startsWith("amountMinor") ? "amount" : path.split(".")[0] === dateInput ? "date" : (other(path) ?? fallback));
}

/** The amount (in the charge's currency) and the date of a payment or credit note, on react-hook-form. */
export function ChargeAmountFields<T extends ChargeAmountValues, Parsed>({
  control,
  currency,
  amountHint,
  dateLabel,
}: {
  control: Control<T, unknown, Parsed>;
  currency: string;
  amountHint: ReactNode;
  dateLabel: string;
}) {
  return (
    <>
      <FormAmountField control={control} name={"amount" as FieldPathByValue<T, string>} label={`Amount (${currency})`} digits={minorDigits(currency)} description={amountHint} />
      <FormDateField control={control} name={"date" as FieldPathByValue<T, DateEntry>} label={dateLabel} hint="Empty: today." />
    </>
  );
}
