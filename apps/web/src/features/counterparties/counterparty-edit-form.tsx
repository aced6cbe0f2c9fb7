"use client";

import type { RouterOutputs } from "@closebook/api";
import { updateCounterpartyInput } from "@closebook/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef } from "react";
import { useForm } from "react-hook-form";
import { FormActions } from "@/components/ui/form-fields";
import { Form } from "@/components/ui/form";
import { CounterpartyFields, counterpartyDetails, counterpartyFieldOf, type CounterpartyValues } from "@/features/counterparties/counterparty-fields";
import { successResult, type ActionResult } from "@/lib/action-result";
import { formFailure } from "@/lib/form-errors";
import { SubmissionKeys } from "@/lib/request-key";
import { schemaResolver } from "@/lib/schema-resolver";
import { useTRPC } from "@/trpc/react-provider";

type Counterparty = RouterOutputs["counterparties"]["byId"]["counterparty"];

/** Changes a customer's or vendor's name, e-mail and tax id; core's `updateCounterpartyInput` is the resolver. */
export function CounterpartyEditForm({ counterparty, onDone, onResult }: { counterparty: Counterparty; onDone: () => void; onResult: (result: ActionResult) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
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
      onError: (error) => onResult(formFailure(form, error, {
          title: `The ${noun} was not saved`,
          unreachable: `Could not reach Closebook, so the ${noun} may not be saved yet. Save again to retry.`,
        }, counterpartyFieldOf)),
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
        <FormActions className="border-t border-zinc-100 pt-3" pending={update.isPending} submitLabel="Save" pendingLabel="Saving…" cancel={{ label: "Cancel", onClick: onDone }} />
      </form>
    </Form>
  );
}
