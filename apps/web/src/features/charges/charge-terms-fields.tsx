"use client";

import { minorDigits } from "@closebook/core";
import type { UseFormReturn } from "react-hook-form";
import { DateField, dateEntryProblem, type DateEntry } from "@/components/ui/date-field";
import { FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { AmountInput, Input } from "@/components/ui/input";
import type { LocalAmounts } from "@/components/ui/organization-formats";
import { NativeSelect } from "@/components/ui/select";
import { topLevelField } from "@/lib/action-result";
import { accountLabel, useAccounts, useCounterparties, type Account } from "@/lib/reference-data";

/** What the charge create and draft edit forms hold: the terms of a charge as typed. */
export interface ChargeTermsValues {
  customerId: string;
  description: string;
  currency: string;
  /** In the organization's number format. */
  amount: string;
  /** "" until chosen: the default account for the currency (1100, 4100) applies. */
  receivableAccountId: string;
  revenueAccountId: string;
  dueDate: DateEntry;
}

const fields = ["customerId", "description", "currency", "amount", "receivableAccountId", "revenueAccountId", "dueDate"] as const;
export type ChargeTermsField = (typeof fields)[number];

/** An input path (the schema's, the API's) → the form field showing its messages. */
export const chargeTermsFieldOf = (path: string): ChargeTermsField | null => (path.startsWith("amountMinor") ? "amount" : topLevelField(fields)(path));

const receivables = (accounts: readonly Account[], currency: string) => accounts.filter((a) => a.type === "asset" && !a.isBankAccount && a.status === "active" && a.currency === currency);
const revenues = (accounts: readonly Account[], currency: string) => accounts.filter((a) => a.type === "revenue" && a.status === "active" && a.currency === currency);
/** The account with the preferred code, else the first that fits. */
const preferred = (options: Account[], code: string) => options.find((a) => a.code === code) ?? options[0];

/** The receivable and revenue accounts the charge gets: the chosen ones, else the currency's defaults. */
export function chargeAccountsOf(values: Pick<ChargeTermsValues, "currency" | "receivableAccountId" | "revenueAccountId">, accounts: readonly Account[]) {
  return {
    receivableAccountId: values.receivableAccountId || preferred(receivables(accounts, values.currency), "1100")?.id || "",
    revenueAccountId: values.revenueAccountId || preferred(revenues(accounts, values.currency), "4100")?.id || "",
  };
}

/** The terms as core's charge inputs take them (amount in minor units, accounts resolved, due date or null). */
export function chargeTermsInput(values: ChargeTermsValues, accounts: readonly Account[], amounts: LocalAmounts) {
  return {
    customerId: values.customerId,
    description: values.description,
    currency: values.currency,
    amountMinor: (values.amount.trim() === "" ? null : amounts.parse(values.amount, values.currency)) ?? 0n,
    ...chargeAccountsOf(values, accounts),
    dueDate: values.dueDate.text || null,
  };
}

/** What the schema cannot see: an amount that does not parse in the currency, a partial due date. */
export function chargeTermsPrecheck(values: ChargeTermsValues, amounts: LocalAmounts): Partial<Record<ChargeTermsField, string>> {
  const problems: Partial<Record<ChargeTermsField, string>> = {};
  if (values.amount.trim() === "") problems.amount = "Enter the amount.";
  else if (amounts.parse(values.amount, values.currency) === null) problems.amount = amounts.refusal(values.amount, values.currency);
  const due = dateEntryProblem(values.dueDate);
  if (due) problems.dueDate = due;
  return problems;
}

/** The fields of a charge's terms on react-hook-form (customer, description, currency, amount, due date, accounts). */
export function ChargeTermsFields<Parsed>({ form: typed }: { form: UseFormReturn<ChargeTermsValues, unknown, Parsed> }) {
  const accounts = useAccounts();
  const customers = useCounterparties("customer");
  const all = accounts.data ?? [];
  const values = typed.watch();
  const currencies = [...new Set(all.map((a) => a.currency))].sort();
  const receivableOptions = receivables(all, values.currency);
  const revenueOptions = revenues(all, values.currency);
  const chosen = chargeAccountsOf(values, all);
  const digits = minorDigits(values.currency);

  return (
    <div className="grid grid-cols-1 gap-x-4 gap-y-3 sm:grid-cols-12">
      <FormField
        control={typed.control}
        name="customerId"
        render={({ field }) => (
          <FormItem className="sm:col-span-4">
            <FormLabel>Customer</FormLabel>
            <FormControl>
              <NativeSelect {...field}>
                <option value="">Choose a customer…</option>
                {customers.data?.items.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </NativeSelect>
            </FormControl>
            <FormMessage />
          </FormItem>
        )}
      />
      <FormField
        control={typed.control}
        name="description"
        render={({ field }) => (
          <FormItem className="sm:col-span-8">
            <FormLabel>Description</FormLabel>
            <FormControl>
              <Input autoComplete="off" {...field} />
            </FormControl>
            <FormMessage />
          </FormItem>
        )}
      />
      <FormField
        control={typed.control}
        name="currency"
        render={({ field }) => (
          <FormItem className="sm:col-span-2">
            <FormLabel>Currency</FormLabel>
            <FormControl>
              <NativeSelect
                {...field}
                onChange={(e) => {
                  field.onChange(e.target.value);
                  typed.setValue("receivableAccountId", "");
                  typed.setValue("revenueAccountId", "");
                }}
              >
                {(currencies.length ? currencies : [field.value]).map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </NativeSelect>
            </FormControl>
            <FormMessage />
          </FormItem>
        )}
      />
      <FormField
        control={typed.control}
        name="amount"
        render={({ field }) => (
          <FormItem className="sm:col-span-3">
            <FormLabel>Amount</FormLabel>
            <FormControl>
              <AmountInput digits={digits} {...field} />
            </FormControl>
            <FormMessage />
          </FormItem>
        )}
      />
      <FormField
        control={typed.control}
        name="dueDate"
        render={({ field, fieldState }) => (
          <DateField
            label="Due date"
            name="dueDate"
            hint="Optional: 30 days after issue when empty."
            className="sm:col-span-3"
            value={field.value.text}
            errors={fieldState.error?.message ? [fieldState.error.message] : undefined}
            onChange={(_text, entry) => field.onChange(entry)}
            onBlur={field.onBlur}
          />
        )}
      />
      <div className="hidden sm:col-span-4 sm:block" />
      <FormField
        control={typed.control}
        name="receivableAccountId"
        render={({ field }) => (
          <FormItem className="sm:col-span-6">
            <FormLabel>Receivable account</FormLabel>
            <FormControl>
              <NativeSelect {...field} value={chosen.receivableAccountId}>
                {receivableOptions.length === 0 ? <option value="">No receivable account in {values.currency}</option> : null}
                {receivableOptions.map((a) => (
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
        control={typed.control}
        name="revenueAccountId"
        render={({ field }) => (
          <FormItem className="sm:col-span-6">
            <FormLabel>Revenue account</FormLabel>
            <FormControl>
              <NativeSelect {...field} value={chosen.revenueAccountId}>
                {revenueOptions.length === 0 ? <option value="">No revenue account in {values.currency}</option> : null}
                {revenueOptions.map((a) => (
                  <option key={a.id} value={a.id}>
                    {accountLabel(a)}
                  </option>
                ))}
              </NativeSelect>
            </FormControl>
            <FormDescription>Defaults to the currency&apos;s revenue account.</FormDescription>
            <FormMessage />
          </FormItem>
        )}
      />
    </div>
  );
}
