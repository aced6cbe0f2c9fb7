"use client";

import { accountTypes, createAccountInput, isIsoCurrency, minorDigits } from "@closebook/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useMemo, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { ActionOutcome } from "@/components/action-outcome";
import { Button } from "@/components/ui/button";
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Checkbox } from "@/components/ui/form-controls";
import { AmountInput, Input } from "@/components/ui/input";
import { useLocalAmounts, type LocalAmounts } from "@/components/ui/organization-formats";
import { NativeSelect } from "@/components/ui/select";
import { accountTypeLabels } from "@/lib/account-labels";
import { failureReport, successResult, type ActionResult } from "@/lib/action-result";
import { applyServerErrors } from "@/lib/form-errors";
import { SubmissionKeys } from "@/lib/request-key";
import { schemaResolver } from "@/lib/schema-resolver";
import { useHydrated } from "@/lib/use-hydrated";
import { useTRPC } from "@/trpc/react-provider";

type AccountType = (typeof accountTypes)[number];

interface Values {
  code: string;
  name: string;
  type: AccountType;
  currency: string;
  minimumBalance: string;
  minimumBalancePolicy: "warn" | "block";
  isBankAccount: boolean;
}

type FieldName = keyof Values;

const emptyForm: Values = { code: "", name: "", type: "asset", currency: "EUR", minimumBalance: "", minimumBalancePolicy: "warn", isBankAccount: false };

/** Input paths (the API's and the schema's) → the form field that shows their messages. */
const fieldOfPath: Record<string, FieldName> = {
  code: "code",
  name: "name",
  type: "type",
  currency: "currency",
  minimumBalanceMinor: "minimumBalance",
  minimumBalancePolicy: "minimumBalancePolicy",
  isBankAccount: "isBankAccount",
};
const fieldOf = (path: string): FieldName | null => fieldOfPath[path.split(".")[0] ?? ""] ?? null;

/** The typed minimum in minor units of the currency, read in the organization's number format; null when empty or unparseable. */
function minimumMinor(values: Values, amounts: LocalAmounts): bigint | null {
  const currency = values.currency.trim().toUpperCase();
  if (values.minimumBalance.trim() === "" || !isIsoCurrency(currency)) return null;
  return amounts.parse(values.minimumBalance, currency);
}

/** Core's `createAccountInput` as the form's resolver, amounts read in the organization's format. */
function accountResolver(amounts: LocalAmounts) {
  return schemaResolver(
    createAccountInput,
    (v: Values) => ({ code: v.code, name: v.name, type: v.type, currency: v.currency, minimumBalanceMinor: minimumMinor(v, amounts), minimumBalancePolicy: v.minimumBalancePolicy, isBankAccount: v.isBankAccount }),
    {
      fieldOf: (path) => fieldOf(path) ?? "code",
      precheck: (v) => {
        const currency = v.currency.trim().toUpperCase();
        return v.minimumBalance.trim() !== "" && isIsoCurrency(currency) && amounts.parse(v.minimumBalance, currency) === null ? { minimumBalance: amounts.refusal(v.minimumBalance, currency) } : {};
      },
    },
  );
}

/** Opens an account in the chart of accounts, validated with core's `createAccountInput` (react-hook-form). */
export function AccountCreateForm({ onCancel }: { onCancel?: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const keys = useRef(new SubmissionKeys());
  const [result, setResult] = useState<ActionResult | null>(null);
  const hydrated = useHydrated();
  const amounts = useLocalAmounts();
  const resolver = useMemo(() => accountResolver(amounts), [amounts]);
  const form = useForm({ defaultValues: emptyForm, resolver });

  const create = useMutation(
    trpc.accounts.create.mutationOptions({
      onSuccess: async (outcome) => {
        keys.current.settle();
        const { type, currency } = form.getValues();
        form.reset({ ...emptyForm, type, currency });
        setResult(successResult(outcome));
        await queryClient.invalidateQueries(trpc.accounts.list.pathFilter());
      },
      onError: (error) => {
        const failure = failureReport(error, {
          title: "The account was not opened",
          unreachable:
            "Could not reach Closebook, so the account may not be open yet. Submit again to retry: the retry is recognised and will not open the account twice.",
        });
        if (failure.domainCode === "DUPLICATE_ACCOUNT_CODE" && !failure.byPath.code) failure.byPath.code = [failure.result.message];
        setResult({ ...failure.result, details: applyServerErrors(form, failure, fieldOf) });
      },
    }),
  );

  const onSubmit = form.handleSubmit((input) => {
    if (create.isPending) return;
    setResult(null);
    create.mutate({ ...input, idempotencyKey: keys.current.keyFor(input) });
  });

  const currency = form.watch("currency").trim().toUpperCase();
  const digits = isIsoCurrency(currency) ? minorDigits(currency) : 2;

  return (
    <Form {...form}>
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Open an account" className="flex flex-col gap-4">
        <ActionOutcome result={result} />

        <div className="grid grid-cols-1 gap-x-4 gap-y-3 sm:grid-cols-12">
          <FormField
            control={form.control}
            name="code"
            render={({ field }) => (
              <FormItem className="sm:col-span-3">
                <FormLabel>Code</FormLabel>
                <FormControl>
                  <Input autoComplete="off" spellCheck={false} className="font-mono" {...field} />
                </FormControl>
                <FormDescription>E.g. 1090</FormDescription>
                <FormMessage />
              </FormItem>
            )}
          />
          <FormField
            control={form.control}
            name="name"
            render={({ field }) => (
              <FormItem className="sm:col-span-5">
                <FormLabel>Name</FormLabel>
                <FormControl>
                  <Input autoComplete="off" {...field} />
                </FormControl>
                <FormMessage />
              </FormItem>
            )}
          />
          <FormField
            control={form.control}
            name="type"
            render={({ field }) => (
              <FormItem className="sm:col-span-2">
                <FormLabel>Type</FormLabel>
                <FormControl>
                  <NativeSelect {...field}>
                    {accountTypes.map((type) => (
                      <option key={type} value={type}>
                        {accountTypeLabels[type]}
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
            name="currency"
            render={({ field }) => (
              <FormItem className="sm:col-span-2">
                <FormLabel>Currency</FormLabel>
                <FormControl>
                  <Input autoComplete="off" spellCheck={false} maxLength={3} className="font-mono uppercase" {...field} onChange={(e) => field.onChange(e.target.value.toUpperCase())} />
                </FormControl>
                <FormDescription>ISO 4217</FormDescription>
                <FormMessage />
              </FormItem>
            )}
          />
          <FormField
            control={form.control}
            name="minimumBalance"
            render={({ field }) => (
              <FormItem className="sm:col-span-3">
                <FormLabel>Minimum balance</FormLabel>
                <FormControl>
                  <AmountInput digits={digits} {...field} />
                </FormControl>
                <FormDescription>Optional. Leave empty for none.</FormDescription>
                <FormMessage />
              </FormItem>
            )}
          />
          <FormField
            control={form.control}
            name="minimumBalancePolicy"
            render={({ field }) => (
              <FormItem className="sm:col-span-4">
                <FormLabel>Below the minimum</FormLabel>
                <FormControl>
                  <NativeSelect {...field}>
                    <option value="warn">Warn, allow the movement</option>
                    <option value="block">Block the movement</option>
                  </NativeSelect>
                </FormControl>
                <FormMessage />
              </FormItem>
            )}
          />
          <FormField
            control={form.control}
            name="isBankAccount"
            render={({ field }) => (
              <div className="flex items-start pt-6 sm:col-span-5">
                <Checkbox label="Bank account" description="Reconciled against bank statements" checked={field.value} onChange={(e) => field.onChange(e.target.checked)} onBlur={field.onBlur} name={field.name} />
              </div>
            )}
          />
        </div>

        <div className="flex items-center justify-end gap-2 border-t border-zinc-100 pt-3">
          {onCancel ? (
            <Button variant="ghost" onClick={onCancel}>
              Close
            </Button>
          ) : null}
          <Button type="submit" variant="primary" disabled={!hydrated || create.isPending}>
            {create.isPending ? "Opening…" : "Open account"}
          </Button>
        </div>
      </form>
    </Form>
  );
}
