"use client";

import type { RouterOutputs } from "@closebook/api";
import { issueCreditNoteInput } from "@closebook/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useMemo, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { ActionOutcome } from "@/components/action-outcome";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Form } from "@/components/ui/form";
import { FormItemField, submitReadingDates } from "@/components/ui/form-fields";
import { Textarea } from "@/components/ui/input";
import { useLocalAmounts, useLocalDisplay } from "@/components/ui/organization-formats";
import { ChargeAmountFields, chargeAmountDefaults, chargeAmountFieldOf, chargeAmountInput, chargeAmountPrecheck, type ChargeAmountValues } from "@/features/charges/charge-amount-fields";
import { successResult, type ActionResult } from "@/lib/action-result";
import { formFailure } from "@/lib/form-errors";
import { SubmissionKeys } from "@/lib/request-key";
import { schemaResolver } from "@/lib/schema-resolver";
import { useHydrated } from "@/lib/use-hydrated";
import { useTRPC } from "@/trpc/react-provider";

type Charge = RouterOutputs["charges"]["byId"]["charge"];

interface Values extends ChargeAmountValues {
  reason: string;
}

const fieldOf = chargeAmountFieldOf("issueDate", ["reason"] as const, "reason");

/**
 * Credits what an issued charge leaves open, or part of it (controllers): a dialog with the amount
 * (the open rest by default), the reason and the date; core's `issueCreditNoteInput` is its resolver.
 */
export function CreditNoteDialog({ charge, openMinor, onResult, defaultOpen = false }: { charge: Charge; openMinor: bigint; onResult: (result: ActionResult) => void; defaultOpen?: boolean }) {
  const trpc = useTRPC();
  const amounts = useLocalAmounts();
  const { amount: formatAmount } = useLocalDisplay();
  const queryClient = useQueryClient();
  const hydrated = useHydrated();
  const keys = useRef(new SubmissionKeys());
  const [open, setOpen] = useState(defaultOpen);
  const [failure, setFailure] = useState<ActionResult | null>(null);
  const defaults = (): Values => ({ reason: "", ...chargeAmountDefaults(amounts, openMinor, charge.currency) });
  const resolver = useMemo(
    () =>
      schemaResolver(
        issueCreditNoteInput,
        (v: Values) => ({ chargeId: charge.id, reason: v.reason, ...chargeAmountInput(v, amounts, charge.currency, "issueDate") }),
        { fieldOf, precheck: (v) => chargeAmountPrecheck(v, amounts, charge.currency, "Enter the amount to credit.") },
      ),
    [amounts, charge.id, charge.currency],
  );
  const form = useForm<Values, unknown, ReturnType<typeof issueCreditNoteInput.parse>>({ defaultValues: defaults(), resolver });
  const credit = useMutation(
    trpc.charges.issueCreditNote.mutationOptions({
      onSuccess: async (outcome) => {
        keys.current.settle();
        setOpen(false);
        onResult(successResult(outcome, { href: `/ledger/entries/${outcome.state.creditNote.entryId}`, label: `Open the entry of ${outcome.state.creditNote.number}` }));
        await queryClient.invalidateQueries();
      },
      onError: (error) => setFailure(formFailure(form, error, {
          title: "No credit note was issued",
          unreachable: "Could not reach Closebook, so the credit note may not be issued yet. Submit again: the retry is recognised and issues it once.",
        }, fieldOf)),
    }),
  );
  const onSubmit = submitReadingDates(form, ["date"], (input) => {
    if (credit.isPending) return;
    setFailure(null);
    credit.mutate({ ...input, idempotencyKey: keys.current.keyFor(input) });
  });

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setFailure(null);
        if (next) form.reset(defaults());
      }}
    >
      <DialogTrigger asChild>
        <Button variant="secondary" disabled={!hydrated} className="w-full">
          Issue a credit note…
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Credit note for {charge.number}</DialogTitle>
          <DialogDescription>
            Posts DR revenue / CR receivable. {formatAmount(openMinor, charge.currency)} is open; once payments and credit notes cover the charge it is settled.
          </DialogDescription>
        </DialogHeader>
        <ActionOutcome result={failure} />
        <Form {...form}>
          <form onSubmit={onSubmit} noValidate aria-label="Issue a credit note" className="flex flex-col gap-3">
            <ChargeAmountFields control={form.control} currency={charge.currency} amountHint="The open rest by default." dateLabel="Date" />
            <FormItemField control={form.control} name="reason" label="Reason">
              {(field) => <Textarea rows={2} {...field} />}
            </FormItemField>
            <DialogFooter>
              <Button variant="ghost" onClick={() => setOpen(false)}>
                Cancel
              </Button>
              <Button type="submit" variant="primary" disabled={credit.isPending}>
                {credit.isPending ? "Issuing…" : "Issue credit note"}
              </Button>
            </DialogFooter>
          </form>
        </Form>
      </DialogContent>
    </Dialog>
  );
}
