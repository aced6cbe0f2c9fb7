"use client";

import { updateBankAccountInput } from "@closebook/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef } from "react";
import { useForm } from "react-hook-form";
import { Form } from "@/components/ui/form";
import { FormActions, FormTextField } from "@/components/ui/form-fields";
import { successResult, topLevelField, type ActionResult } from "@/lib/action-result";
import { formFailure } from "@/lib/form-errors";
import { SubmissionKeys } from "@/lib/request-key";
import { schemaResolver } from "@/lib/schema-resolver";
import { useTRPC } from "@/trpc/react-provider";
import type { BankAccountRow } from "@/features/bank-accounts/bank-account-columns";

interface Values {
  bankName: string;
  iban: string;
  accountNumber: string;
  bic: string;
}

const fieldOf = topLevelField(["bankName", "iban", "accountNumber", "bic"] as const);
const blankToUndefined = (text: string) => (text.trim() === "" ? undefined : text);

/** Changes a bank account's bank details; core's `updateBankAccountInput` is the resolver. */
export function BankAccountEditForm({ bankAccount, onDone, onResult }: { bankAccount: BankAccountRow; onDone: () => void; onResult: (result: ActionResult) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const keys = useRef(new SubmissionKeys());
  const form = useForm<Values, unknown, ReturnType<typeof updateBankAccountInput.parse>>({
    defaultValues: { bankName: bankAccount.bankName, iban: bankAccount.iban ?? "", accountNumber: bankAccount.accountNumber ?? "", bic: bankAccount.bic ?? "" },
    resolver: schemaResolver(updateBankAccountInput, (v: Values) => ({
      bankAccountId: bankAccount.id,
      bankName: v.bankName,
      iban: blankToUndefined(v.iban),
      accountNumber: blankToUndefined(v.accountNumber),
      bic: blankToUndefined(v.bic),
      ownerUserId: bankAccount.ownerUserId,
    }), { fieldOf: (path) => fieldOf(path) ?? "bankName" }),
  });
  const update = useMutation(
    trpc.bankAccounts.update.mutationOptions({
      onSuccess: async (outcome) => {
        keys.current.settle();
        onResult(successResult(outcome));
        onDone();
        await queryClient.invalidateQueries(trpc.bankAccounts.pathFilter());
      },
      onError: (error) =>
        onResult(formFailure(form, error, { title: "The bank account was not saved", unreachable: "Could not reach Closebook, so the bank account may not be saved yet. Save again to retry." }, fieldOf)),
    }),
  );
  const onSubmit = form.handleSubmit((input) => {
    if (update.isPending) return;
    update.mutate({ ...input, idempotencyKey: keys.current.keyFor(input) });
  });
  return (
    <Form {...form}>
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Edit the bank account" className="flex flex-col gap-3 p-4">
        <FormTextField control={form.control} name="bankName" label="Bank" />
        <FormTextField control={form.control} name="iban" label="IBAN" inputClassName="font-mono" />
        <FormTextField control={form.control} name="accountNumber" label="Account number" description="Optional with an IBAN" inputClassName="font-mono" />
        <FormTextField control={form.control} name="bic" label="BIC" description="Optional" inputClassName="font-mono" />
        <FormActions className="border-t border-zinc-100 pt-3" pending={update.isPending} submitLabel="Save" pendingLabel="Saving…" cancel={{ label: "Cancel", onClick: onDone }} />
      </form>
    </Form>
  );
}
