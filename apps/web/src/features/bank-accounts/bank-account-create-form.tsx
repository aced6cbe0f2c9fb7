"use client";

import { createBankAccountInput } from "@closebook/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { ActionOutcome } from "@/components/action-outcome";
import { Form } from "@/components/ui/form";
import { FormActions, FormItemField, FormTextField } from "@/components/ui/form-fields";
import { NativeSelect } from "@/components/ui/select";
import { successResult, topLevelField, type ActionResult } from "@/lib/action-result";
import { formFailure } from "@/lib/form-errors";
import { accountLabel, useAccounts } from "@/lib/reference-data";
import { SubmissionKeys } from "@/lib/request-key";
import { schemaResolver } from "@/lib/schema-resolver";
import { useTRPC } from "@/trpc/react-provider";

interface Values {
  ledger: "new" | "existing";
  accountId: string;
  code: string;
  name: string;
  currency: string;
  iban: string;
  accountNumber: string;
  bic: string;
  bankName: string;
}

const empty: Values = { ledger: "new", accountId: "", code: "", name: "", currency: "EUR", iban: "", accountNumber: "", bic: "", bankName: "" };
const fieldOf = topLevelField(["accountId", "code", "name", "currency", "iban", "accountNumber", "bic", "bankName"] as const);
const blankToUndefined = (text: string) => (text.trim() === "" ? undefined : text);

/** The typed values as core's `createBankAccountInput` takes them: a new ledger account or an existing one. */
function bankAccountInput(v: Values) {
  return {
    ...(v.ledger === "existing" ? { accountId: blankToUndefined(v.accountId) } : { code: blankToUndefined(v.code), name: blankToUndefined(v.name) }),
    currency: v.currency.trim().toUpperCase(),
    iban: blankToUndefined(v.iban),
    accountNumber: blankToUndefined(v.accountNumber),
    bic: blankToUndefined(v.bic),
    bankName: v.bankName,
  };
}

/** Opens a bank account (a new asset account in the ledger, or an existing one linked), checked by core's `createBankAccountInput`. */
export function BankAccountCreateForm({ onClose }: { onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const keys = useRef(new SubmissionKeys());
  const [result, setResult] = useState<ActionResult | null>(null);
  const accounts = useAccounts();
  const form = useForm<Values, unknown, ReturnType<typeof createBankAccountInput.parse>>({
    defaultValues: empty,
    resolver: schemaResolver(createBankAccountInput, bankAccountInput, { fieldOf: (path) => fieldOf(path) ?? "bankName" }),
  });
  const ledger = useWatch({ control: form.control, name: "ledger" });
  const currency = useWatch({ control: form.control, name: "currency" }).trim().toUpperCase();
  const assets = (accounts.data ?? []).filter((a) => a.type === "asset" && a.status === "active" && !a.isBankAccount && a.currency === currency);
  const create = useMutation(
    trpc.bankAccounts.create.mutationOptions({
      onSuccess: async (outcome) => {
        keys.current.settle();
        form.reset(empty);
        setResult(successResult(outcome, { href: `/bank-accounts/${outcome.state.id}`, label: "Open the bank account" }));
        await Promise.all([queryClient.invalidateQueries(trpc.bankAccounts.pathFilter()), queryClient.invalidateQueries(trpc.accounts.pathFilter())]);
      },
      onError: (error) =>
        setResult(
          formFailure(
            form,
            error,
            { title: "The bank account was not opened", unreachable: "Could not reach Closebook, so the bank account may not be opened yet. Submit again to retry: it will not be opened twice." },
            fieldOf,
          ),
        ),
    }),
  );
  const onSubmit = form.handleSubmit((input) => {
    if (create.isPending) return;
    setResult(null);
    create.mutate({ ...input, idempotencyKey: keys.current.keyFor(input) });
  });

  return (
    <Form {...form}>
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label="New bank account" className="flex flex-col gap-4">
        <ActionOutcome result={result} />
        <div className="grid grid-cols-1 gap-x-4 gap-y-3 sm:grid-cols-12">
          <FormTextField control={form.control} name="bankName" label="Bank" className="sm:col-span-4" />
          <FormTextField control={form.control} name="iban" label="IBAN" description="Or the account number" inputClassName="font-mono" className="sm:col-span-5" />
          <FormTextField control={form.control} name="currency" label="Currency" inputClassName="font-mono uppercase" className="sm:col-span-3" />
          <FormTextField control={form.control} name="accountNumber" label="Account number" description="Optional with an IBAN" inputClassName="font-mono" className="sm:col-span-4" />
          <FormTextField control={form.control} name="bic" label="BIC" description="Optional" inputClassName="font-mono" className="sm:col-span-3" />
          <FormItemField control={form.control} name="ledger" label="Ledger account" className="sm:col-span-5">
            {(field) => (
              <NativeSelect {...field}>
                <option value="new">Open a new asset account</option>
                <option value="existing">Link an existing asset account</option>
              </NativeSelect>
            )}
          </FormItemField>
          {ledger === "new" ? (
            <>
              <FormTextField control={form.control} name="code" label="Account code" inputClassName="font-mono" className="sm:col-span-3" />
              <FormTextField control={form.control} name="name" label="Account name" description="The bank's name when blank" className="sm:col-span-5" />
            </>
          ) : (
            <FormItemField control={form.control} name="accountId" label={`Asset account in ${currency || "the currency"}`} className="sm:col-span-8">
              {(field) => (
                <NativeSelect {...field}>
                  <option value="">Choose an account</option>
                  {assets.map((a) => (
                    <option key={a.id} value={a.id}>
                      {accountLabel(a)}
                    </option>
                  ))}
                </NativeSelect>
              )}
            </FormItemField>
          )}
        </div>
        <FormActions className="border-t border-zinc-100 pt-3" pending={create.isPending} submitLabel="Open bank account" pendingLabel="Opening…" cancel={{ label: "Close", onClick: onClose }} />
      </form>
    </Form>
  );
}
