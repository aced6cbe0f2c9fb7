"use client";

import { createCounterpartyInput } from "@closebook/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { ActionOutcome } from "@/components/action-outcome";
import { Button } from "@/components/ui/button";
import { Form } from "@/components/ui/form";
import { CounterpartyFields, counterpartyDetails, counterpartyFieldOf, emptyCounterparty, type CounterpartyValues } from "@/features/counterparties/counterparty-fields";
import type { CounterpartyKind } from "@/features/counterparties/counterparty-filters";
import { failureReport, successResult, type ActionResult } from "@/lib/action-result";
import { applyServerErrors } from "@/lib/form-errors";
import { SubmissionKeys } from "@/lib/request-key";
import { schemaResolver } from "@/lib/schema-resolver";
import { useHydrated } from "@/lib/use-hydrated";
import { useTRPC } from "@/trpc/react-provider";

const nouns: Record<CounterpartyKind, string> = { customer: "customer", vendor: "vendor" };

/** Adds a customer or vendor; checked by core's `createCounterpartyInput`, errors beside the fields. */
export function CounterpartyCreateForm({ kind, onClose }: { kind: CounterpartyKind; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const hydrated = useHydrated();
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
      onError: (error) => {
        const failure = failureReport(error, {
          title: `The ${noun} was not added`,
          unreachable: `Could not reach Closebook, so the ${noun} may not be added yet. Submit again to retry: it will not be added twice.`,
        });
        setResult({ ...failure.result, details: applyServerErrors(form, failure, counterpartyFieldOf) });
      },
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
        <div className="flex items-center justify-end gap-2 border-t border-zinc-100 pt-3">
          <Button variant="ghost" onClick={onClose}>
            Close
          </Button>
          <Button type="submit" variant="primary" disabled={!hydrated || create.isPending}>
            {create.isPending ? "Adding…" : `Add ${noun}`}
          </Button>
        </div>
      </form>
    </Form>
  );
}
