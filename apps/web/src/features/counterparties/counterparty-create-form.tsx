"use client";

import { createCounterpartyInput } from "@closebook/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { ActionOutcome } from "@/components/action-outcome";
import { Button } from "@/components/ui/button";
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Input } from "@/components/ui/input";
import type { CounterpartyKind } from "@/features/counterparties/counterparty-filters";
import { failureReport, successResult, topLevelField, type ActionResult } from "@/lib/action-result";
import { applyServerErrors } from "@/lib/form-errors";
import { SubmissionKeys } from "@/lib/request-key";
import { schemaResolver } from "@/lib/schema-resolver";
import { useHydrated } from "@/lib/use-hydrated";
import { useTRPC } from "@/trpc/react-provider";

const nouns: Record<CounterpartyKind, string> = { customer: "customer", vendor: "vendor" };

interface Values {
  name: string;
  email: string;
  taxId: string;
}

const empty: Values = { name: "", email: "", taxId: "" };
const fieldOf = topLevelField(["name", "email", "taxId"] as const);

/** Adds a customer or vendor; checked by core's `createCounterpartyInput`, errors beside the fields. */
export function CounterpartyCreateForm({ kind, onClose }: { kind: CounterpartyKind; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const hydrated = useHydrated();
  const keys = useRef(new SubmissionKeys());
  const [result, setResult] = useState<ActionResult | null>(null);
  const noun = nouns[kind];
  const form = useForm<Values, unknown, ReturnType<typeof createCounterpartyInput.parse>>({
    defaultValues: empty,
    resolver: schemaResolver(createCounterpartyInput, (v: Values) => ({ kind, name: v.name, email: v.email.trim() || null, taxId: v.taxId.trim() || null })),
  });
  const create = useMutation(
    trpc.counterparties.create.mutationOptions({
      onSuccess: async (outcome) => {
        keys.current.settle();
        form.reset(empty);
        setResult(successResult(outcome));
        await queryClient.invalidateQueries(trpc.counterparties.pathFilter());
      },
      onError: (error) => {
        const failure = failureReport(error, {
          title: `The ${noun} was not added`,
          unreachable: `Could not reach Closebook, so the ${noun} may not be added yet. Submit again to retry: it will not be added twice.`,
        });
        setResult({ ...failure.result, details: applyServerErrors(form, failure, fieldOf) });
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
        <div className="grid grid-cols-1 gap-x-4 gap-y-3 sm:grid-cols-12">
          <FormField
            control={form.control}
            name="name"
            render={({ field }) => (
              <FormItem className="sm:col-span-5">
                <FormLabel>Name</FormLabel>
                <FormControl>
                  <Input autoComplete="off" {...field} />
                </FormControl>
                <FormMessage />
              </FormItem>
            )}
          />
          <FormField
            control={form.control}
            name="email"
            render={({ field }) => (
              <FormItem className="sm:col-span-4">
                <FormLabel>E-mail</FormLabel>
                <FormControl>
                  <Input type="email" autoComplete="off" {...field} />
                </FormControl>
                <FormDescription>Optional</FormDescription>
                <FormMessage />
              </FormItem>
            )}
          />
          <FormField
            control={form.control}
            name="taxId"
            render={({ field }) => (
              <FormItem className="sm:col-span-3">
                <FormLabel>Tax ID</FormLabel>
                <FormControl>
                  <Input autoComplete="off" className="font-mono" {...field} />
                </FormControl>
                <FormDescription>Optional</FormDescription>
                <FormMessage />
              </FormItem>
            )}
          />
        </div>
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
