"use client";

import { createCounterpartyInput } from "@closebook/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { ActionOutcome } from "@/components/action-outcome";
import { FormActions } from "@/components/ui/form-fields";
import { Form } from "@/components/ui/form";
import { CounterpartyFields, counterpartyDetails, counterpartyFieldOf, emptyCounterparty, type CounterpartyValues } from "@/features/counterparties/counterparty-fields";
import type { CounterpartyKind } from "@/features/counterparties/counterparty-filters";
import { successResult, type ActionResult } from "@/lib/action-result";
import { formFailure } from "@/lib/form-errors";
import { SubmissionKeys } from "@/lib/request-key";
import { schemaResolver } from "@/lib/schema-resolver";
import { useTRPC } from "@/trpc/react-provider";

const nouns: Record<CounterpartyKind, string> = { customer: "customer", vendor: "vendor" };

/** Adds a customer or vendor; checked by core's `createCounterpartyInput`, errors beside the fields. */
export function CounterpartyCreateForm({ kind, onClose }: { kind: CounterpartyKind; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const keys = useRef(new SubmissionKeys());
  const [result, setResult] = useState<ActionResult | null>(null);
  const noun = nouns[kind];
  const form = useForm<CounterpartyValues, unknown, ReturnType<typeof createCounterpartyInput.parse>>({
    defaultValues: emptyCounterparty,
    resolver: schemaResolver(createCounterpartyInput, (v: CounterpartyValues) => ({ kind, ...counterpartyDetails(v) })),
  });
  const create = useMutation(
    trpc.counterparties.create.mutationOptions({
      onSuccess: async (outcome) => {
        keys.current.settle();
        form.reset(emptyCounterparty);
        setResult(successResult(outcome));
        await queryClient.invalidateQueries(trpc.counterparties.pathFilter());
      },
      onError: (error) => setResult(formFailure(form, error, {
          title: `The ${noun} was not added`,
          unreachable: `Could not reach Closebook, so the ${noun} may not be added yet. Submit again to retry: it will not be added twice.`,
        }, counterpartyFieldOf)),
    }),
  );

  const onSubmit = form.handleSubmit((input) => {
    if (create.isPending) return;
    setResult(null);
    create.mutate({ ...input, idempotencyKey: keys.current.keyFor(input) });
  });

  return (
    <Form {...form}>
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label={`New ${noun}`} className="flex flex-col gap-4">
        <ActionOutcome result={result} />
        <CounterpartyFields control={form.control} />
        <FormActions className="border-t border-zinc-100 pt-3" pending={create.isPending} submitLabel={`Add ${noun}`} pendingLabel="Adding…" cancel={{ label: "Close", onClick: onClose }} />
      </form>
    </Form>
  );
}
