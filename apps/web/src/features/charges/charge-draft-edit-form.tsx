"use client";

import type { RouterOutputs } from "@closebook/api";
import { updateDraftChargeInput } from "@closebook/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useMemo, useRef } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { readDateField } from "@/components/ui/date-field";
import { Form } from "@/components/ui/form";
import { useLocalAmounts } from "@/components/ui/organization-formats";
import { ChargeTermsFields, chargeTermsFieldOf, chargeTermsInput, chargeTermsPrecheck, type ChargeTermsValues } from "@/features/charges/charge-terms-fields";
import { failureReport, successResult, type ActionResult } from "@/lib/action-result";
import { applyServerErrors } from "@/lib/form-errors";
import { useAccounts } from "@/lib/reference-data";
import { SubmissionKeys } from "@/lib/request-key";
import { schemaResolver } from "@/lib/schema-resolver";
import { useHydrated } from "@/lib/use-hydrated";
import { useTRPC } from "@/trpc/react-provider";

type Charge = RouterOutputs["charges"]["byId"]["charge"];

/** YYYY-MM-DD of a stored date (a due date is a calendar day at UTC midnight). */
const dayOf = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");

/** Changes what a draft holds; core's `updateDraftChargeInput` is the resolver, amounts in the organization's format. */
export function ChargeDraftEditForm({ charge, onDone, onResult }: { charge: Charge; onDone: () => void; onResult: (result: ActionResult) => void }) {
  const trpc = useTRPC();
  const amounts = useLocalAmounts();
  const queryClient = useQueryClient();
  const hydrated = useHydrated();
  const keys = useRef(new SubmissionKeys());
  const accounts = useAccounts();
  const all = accounts.data;
  const resolver = useMemo(
    () =>
      schemaResolver(updateDraftChargeInput, (v: ChargeTermsValues) => ({ chargeId: charge.id, ...chargeTermsInput(v, all ?? [], amounts) }), {
        fieldOf: (path) => chargeTermsFieldOf(path) ?? "description",
        precheck: (v) => chargeTermsPrecheck(v, amounts),
      }),
    [all, amounts, charge.id],
  );
  const form = useForm<ChargeTermsValues, unknown, ReturnType<typeof updateDraftChargeInput.parse>>({
    defaultValues: {
      customerId: charge.customerId,
      description: charge.description,
      currency: charge.currency,
      amount: amounts.format(charge.amountMinor, charge.currency),
      receivableAccountId: charge.receivableAccountId,
      revenueAccountId: charge.revenueAccountId,
      dueDate: { text: dayOf(charge.dueDate), badInput: false },
    },
    resolver,
  });
  const update = useMutation(
    trpc.charges.updateDraft.mutationOptions({
      onSuccess: async (outcome) => {
        keys.current.settle();
        onResult(successResult(outcome));
        onDone();
        await queryClient.invalidateQueries();
      },
      onError: (error) => {
        const failure = failureReport(error, {
          title: "The draft was not saved",
          unreachable: "Could not reach Closebook, so the draft may not be saved yet. Save again to retry: the retry is recognised.",
        });
        onResult({ ...failure.result, details: applyServerErrors(form, failure, chargeTermsFieldOf) });
      },
    }),
  );
  const onSubmit = form.handleSubmit((input) => {
    if (update.isPending) return;
    update.mutate({ ...input, idempotencyKey: keys.current.keyFor(input) });
  });

  return (
    <Form {...form}>
      <form
        onSubmit={(event) => {
          // A partial date changes nothing React sees: the element is the truth at submit.
          form.setValue("dueDate", readDateField(event.currentTarget, "dueDate"));
          void onSubmit(event);
        }} noValidate aria-label="Edit the draft" className="flex flex-col gap-4">
        <ChargeTermsFields form={form} />
        <div className="flex items-center justify-end gap-2 border-t border-zinc-100 pt-3">
          <Button variant="ghost" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" disabled={!hydrated || update.isPending}>
            {update.isPending ? "Saving…" : "Save draft"}
          </Button>
        </div>
      </form>
    </Form>
  );
}
