"use client";

import type { RouterOutputs } from "@closebook/api";
import { updateCounterpartyInput } from "@closebook/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { CounterpartyFields, counterpartyDetails, counterpartyFieldOf, type CounterpartyValues } from "@/features/counterparties/counterparty-fields";
import { failureReport, successResult, type ActionResult } from "@/lib/action-result";
import { applyServerErrors } from "@/lib/form-errors";
import { SubmissionKeys } from "@/lib/request-key";
import { schemaResolver } from "@/lib/schema-resolver";
import { useHydrated } from "@/lib/use-hydrated";
import { useTRPC } from "@/trpc/react-provider";

type Counterparty = RouterOutputs["counterparties"]["byId"]["counterparty"];

/** Changes a customer's or vendor's name, e-mail and tax id; core's `updateCounterpartyInput` is the resolver. */
export function CounterpartyEditForm({ counterparty, onDone, onResult }: { counterparty: Counterparty; onDone: () => void; onResult: (result: ActionResult) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const hydrated = useHydrated();
  const keys = useRef(new SubmissionKeys());
  const noun = counterparty.kind === "customer" ? "customer" : "vendor";
  const form = useForm<CounterpartyValues, unknown, ReturnType<typeof updateCounterpartyInput.parse>>({
    defaultValues: { name: counterparty.name, email: counterparty.email ?? "", taxId: counterparty.taxId ?? "" },
    resolver: schemaResolver(updateCounterpartyInput, (v: CounterpartyValues) => ({ counterpartyId: counterparty.id, ...counterpartyDetails(v) })),
  });
  const update = useMutation(
    trpc.counterparties.update.mutationOptions({
      onSuccess: async (outcome) => {
        keys.current.settle();
        onResult(successResult(outcome));
        onDone();
        await queryClient.invalidateQueries(trpc.counterparties.pathFilter());
        await queryClient.invalidateQueries(trpc.charges.pathFilter());
      },
      onError: (error) => {
        const failure = failureReport(error, {
          title: `The ${noun} was not saved`,
          unreachable: `Could not reach Closebook, so the ${noun} may not be saved yet. Save again to retry.`,
        });
        onResult({ ...failure.result, details: applyServerErrors(form, failure, counterpartyFieldOf) });
      },
    }),
  );
  const onSubmit = form.handleSubmit((input) => {
    if (update.isPending) return;
    update.mutate({ ...input, idempotencyKey: keys.current.keyFor(input) });
  });

  return (
    <Form {...form}>
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label={`Edit the ${noun}`} className="flex flex-col gap-4 p-4">
        <CounterpartyFields control={form.control} />
        <div className="flex items-center justify-end gap-2 border-t border-zinc-100 pt-3">
          <Button variant="ghost" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" disabled={!hydrated || update.isPending}>
            {update.isPending ? "Saving…" : "Save"}
          </Button>
        </div>
      </form>
    </Form>
  );
}
