"use client";

import { accountTypes, createAccountInput, isIsoCurrency, minorDigits, parseAmount, type Warning } from "@closebook/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { accountTypeLabels } from "../lib/account-labels";
import { apiFailure } from "../lib/api-errors";
import { SubmissionKeys } from "../lib/request-key";
import { useTRPC } from "../trpc/react-provider";
import { Alert } from "./ui/alert";
import { Button } from "./ui/button";
import { Checkbox, Field, Input, Select } from "./ui/form-controls";

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

function addError(errors: FieldErrors, field: FieldName, message: string): void {
  (errors[field] ??= []).push(message);
}

/** Messages per form field, plus those that belong to no field. */
function splitErrors(byPath: Record<string, string[]>): { fields: FieldErrors; other: string[] } {
  const fields: FieldErrors = {};
  const other: string[] = [];
  for (const [path, messages] of Object.entries(byPath)) {
    const field = fieldOfPath[path.split(".")[0] ?? ""];
    for (const message of messages) {
      if (field) addError(fields, field, message);
      else other.push(message);
    }
  }
  return { fields, other };
}

interface Result {
  tone: "success" | "error";
  message: string;
  warnings: Warning[];
  details: string[];
}

/** Opens an account in the chart of accounts, validated with the same schema as the API. */
export function AccountCreateForm({ onCancel }: { onCancel?: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const keys = useRef(new SubmissionKeys());
  const [values, setValues] = useState<FormValues>(emptyForm);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [result, setResult] = useState<Result | null>(null);

  const create = useMutation(
    trpc.accounts.create.mutationOptions({
      onSuccess: async (outcome) => {
        keys.current.settle();
        setErrors({});
        setValues((current) => ({ ...emptyForm, type: current.type, currency: current.currency }));
        setResult({
          tone: "success",
          message: outcome.replayed ? `${outcome.message} (already recorded: this was a retry)` : outcome.message,
          warnings: outcome.warnings,
          details: [],
        });
        await queryClient.invalidateQueries(trpc.accounts.list.pathFilter());
      },
      onError: (error) => {
        const failure = apiFailure(error);
        const { fields, other } = splitErrors(failure.fieldErrors);
        if (failure.domainCode === "DUPLICATE_ACCOUNT_CODE") addError(fields, "code", failure.message);
        setErrors(fields);
        setResult({
          tone: "error",
          message: failure.unreachable
            ? "Could not reach Closebook, so the account may not be open yet. Submit again to retry: the retry is recognised and will not open the account twice."
            : failure.message,
          warnings: [],
          details: other,
        });
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
        const digits = minorDigits(currency);
        addError(
          local,
          "minimumBalance",
          digits > 0 ? `Enter an amount such as 250.${"0".repeat(digits)}, with at most ${digits} decimals for ${currency}.` : `Enter a whole amount: ${currency} has no decimals.`,
        );
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
      const byPath: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) (byPath[issue.path.map(String).join(".") || "_"] ??= []).push(issue.message);
      for (const [field, messages] of Object.entries(splitErrors(byPath).fields)) for (const m of messages) addError(local, field as FieldName, m);
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
      {result ? (
        <Alert tone={result.tone} title={result.tone === "error" ? "The account was not opened" : undefined}>
          <p>{result.message}</p>
          {result.details.length ? (
            <ul className="mt-1 list-disc pl-4">
              {result.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      {result?.warnings.length ? (
        <Alert tone="warning" title={result.warnings.length === 1 ? "Warning" : `${result.warnings.length} warnings`}>
          <ul className="list-disc pl-4">
            {result.warnings.map((w) => (
              <li key={w.code}>{w.message}</li>
            ))}
          </ul>
        </Alert>
      ) : null}

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
            <Select {...control} name="type" value={values.type} onChange={(e) => set("type", e.target.value as AccountType)}>
              {accountTypes.map((type) => (
                <option key={type} value={type}>
                  {accountTypeLabels[type]}
                </option>
              ))}
            </Select>
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
            <Select {...control} name="minimumBalancePolicy" value={values.minimumBalancePolicy} onChange={(e) => set("minimumBalancePolicy", e.target.value as Policy)}>
              <option value="warn">Warn, allow the movement</option>
              <option value="block">Block the movement</option>
            </Select>
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
        <Button type="submit" variant="primary" disabled={create.isPending}>
          {create.isPending ? "Opening…" : "Open account"}
        </Button>
      </div>
    </form>
  );
}
