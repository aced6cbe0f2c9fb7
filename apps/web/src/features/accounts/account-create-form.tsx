"use client";

import { accountTypes, createAccountInput, isIsoCurrency, minorDigits, parseAmount } from "@closebook/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { accountTypeLabels } from "@/lib/account-labels";
import { amountHint, errorsByField, failureReport, issuesByPath, successResult, type ActionResult } from "@/lib/action-result";
import { SubmissionKeys } from "@/lib/request-key";
import { useHydrated } from "@/lib/use-hydrated";
import { useTRPC } from "@/trpc/react-provider";
import { ActionOutcome } from "@/components/action-outcome";
import { Button } from "@/components/ui/button";
import { Checkbox, Field } from "@/components/ui/form-controls";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";

type AccountType = (typeof accountTypes)[number];
type Policy = "warn" | "block";

interface FormValues {
  code: string;
  name: string;
  type: AccountType;
  currency: string;
  minimumBalance: string;
  minimumBalancePolicy: Policy;
  isBankAccount: boolean;
}

type FieldName = keyof FormValues;
type FieldErrors = Partial<Record<FieldName, string[]>>;

const emptyForm: FormValues = {
  code: "",
  name: "",
  type: "asset",
  currency: "EUR",
  minimumBalance: "",
  minimumBalancePolicy: "warn",
  isBankAccount: false,
};

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

function addError(errors: FieldErrors, field: FieldName, message: string): void {
  (errors[field] ??= []).push(message);
}

/** Opens an account in the chart of accounts, validated with the same schema as the API. */
export function AccountCreateForm({ onCancel }: { onCancel?: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const keys = useRef(new SubmissionKeys());
  const [values, setValues] = useState<FormValues>(emptyForm);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [result, setResult] = useState<ActionResult | null>(null);
  const hydrated = useHydrated();

  const create = useMutation(
    trpc.accounts.create.mutationOptions({
      onSuccess: async (outcome) => {
        keys.current.settle();
        setErrors({});
        setValues((current) => ({ ...emptyForm, type: current.type, currency: current.currency }));
        setResult(successResult(outcome));
        await queryClient.invalidateQueries(trpc.accounts.list.pathFilter());
      },
      onError: (error) => {
        const failure = failureReport(error, {
          title: "The account was not opened",
          unreachable:
            "Could not reach Closebook, so the account may not be open yet. Submit again to retry: the retry is recognised and will not open the account twice.",
        });
        const { fields, other } = errorsByField(failure.byPath, fieldOf);
        if (failure.domainCode === "DUPLICATE_ACCOUNT_CODE" && !fields.code) addError(fields, "code", failure.result.message);
        setErrors(fields);
        setResult({ ...failure.result, details: other });
      },
    }),
  );

  function set<K extends FieldName>(field: K, value: FormValues[K]) {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    setResult(null);

    const local: FieldErrors = {};
    const currency = values.currency.trim().toUpperCase();
    let minimumBalanceMinor: bigint | null = null;
    if (values.minimumBalance.trim() !== "" && isIsoCurrency(currency)) {
      minimumBalanceMinor = parseAmount(values.minimumBalance, currency);
      if (minimumBalanceMinor === null) {
        addError(local, "minimumBalance", amountHint(minorDigits(currency), currency));
      }
    }
    const parsed = createAccountInput.safeParse({
      code: values.code,
      name: values.name,
      type: values.type,
      currency: values.currency,
      minimumBalanceMinor,
      minimumBalancePolicy: values.minimumBalancePolicy,
      isBankAccount: values.isBankAccount,
    });
    if (!parsed.success) {
      for (const [field, messages] of Object.entries(errorsByField(issuesByPath(parsed.error), fieldOf).fields)) for (const m of messages) addError(local, field as FieldName, m);
    }
    if (!parsed.success || Object.keys(local).length > 0) {
      setErrors(local);
      return;
    }
    setErrors({});
    create.mutate({ ...parsed.data, idempotencyKey: keys.current.keyFor(parsed.data) });
  }

  const digits = isIsoCurrency(values.currency.trim().toUpperCase()) ? minorDigits(values.currency.trim().toUpperCase()) : 2;

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Open an account" className="flex flex-col gap-4">
      <ActionOutcome result={result} />

      <div className="grid grid-cols-1 gap-x-4 gap-y-3 sm:grid-cols-12">
        <Field label="Code" errors={errors.code} hint="E.g. 1090" className="sm:col-span-3">
          {(control) => (
            <Input {...control} name="code" autoComplete="off" spellCheck={false} className="font-mono" value={values.code} onChange={(e) => set("code", e.target.value)} />
          )}
        </Field>
        <Field label="Name" errors={errors.name} className="sm:col-span-5">
          {(control) => <Input {...control} name="name" autoComplete="off" value={values.name} onChange={(e) => set("name", e.target.value)} />}
        </Field>
        <Field label="Type" errors={errors.type} className="sm:col-span-2">
          {(control) => (
            <NativeSelect {...control} name="type" value={values.type} onChange={(e) => set("type", e.target.value as AccountType)}>
              {accountTypes.map((type) => (
                <option key={type} value={type}>
                  {accountTypeLabels[type]}
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
        <Field label="Currency" errors={errors.currency} hint="ISO 4217" className="sm:col-span-2">
          {(control) => (
            <Input
              {...control}
              name="currency"
              autoComplete="off"
              spellCheck={false}
              maxLength={3}
              className="font-mono uppercase"
              value={values.currency}
              onChange={(e) => set("currency", e.target.value.toUpperCase())}
            />
          )}
        </Field>
        <Field label="Minimum balance" errors={errors.minimumBalance} hint="Optional. Leave empty for none." className="sm:col-span-3">
          {(control) => (
            <Input
              {...control}
              name="minimumBalance"
              inputMode="decimal"
              autoComplete="off"
              placeholder={digits > 0 ? `0.${"0".repeat(digits)}` : "0"}
              className="text-right tabular-nums"
              value={values.minimumBalance}
              onChange={(e) => set("minimumBalance", e.target.value)}
            />
          )}
        </Field>
        <Field label="Below the minimum" errors={errors.minimumBalancePolicy} className="sm:col-span-4">
          {(control) => (
            <NativeSelect {...control} name="minimumBalancePolicy" value={values.minimumBalancePolicy} onChange={(e) => set("minimumBalancePolicy", e.target.value as Policy)}>
              <option value="warn">Warn, allow the movement</option>
              <option value="block">Block the movement</option>
            </NativeSelect>
          )}
        </Field>
        <div className="flex items-start pt-6 sm:col-span-5">
          <Checkbox
            label="Bank account"
            description="Reconciled against bank statements"
            checked={values.isBankAccount}
            onChange={(e) => set("isBankAccount", e.target.checked)}
          />
        </div>
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
  );
}
