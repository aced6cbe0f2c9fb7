"use client";

import { createOrganizationInput } from "@closebook/core";
import { useMutation } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { topLevelField, type ActionResult } from "@/lib/action-result";
import { formFailure } from "@/lib/form-errors";
import { SubmissionKeys } from "@/lib/request-key";
import { schemaResolver } from "@/lib/schema-resolver";
import { useSwitchOrganization } from "@/lib/switch-organization";
import { useTRPC } from "@/trpc/react-provider";
import { ActionOutcome } from "@/components/action-outcome";
import { ButtonLink } from "@/components/ui/button";
import { dateEntryProblem, type DateEntry } from "@/components/ui/date-field";
import { Form } from "@/components/ui/form";
import { FormActions, FormDateField, FormItemField, FormTextField, submitReadingDates } from "@/components/ui/form-fields";
import { NativeSelect } from "@/components/ui/select";

interface Values {
  name: string;
  slug: string;
  baseCurrency: string;
  ledgerStartsOn: DateEntry;
}

const fieldOf = topLevelField(["name", "slug", "baseCurrency", "ledgerStartsOn"] as const);
const currencies = ["EUR", "USD", "GBP", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "JPY", "CAD", "AUD"];

const resolver = schemaResolver(
  createOrganizationInput,
  (v: Values) => ({
    name: v.name,
    baseCurrency: v.baseCurrency,
    ...(v.slug.trim() ? { slug: v.slug.trim() } : {}),
    ...(v.ledgerStartsOn.text ? { ledgerStartsOn: v.ledgerStartsOn.text } : {}),
  }),
  { fieldOf: (path) => fieldOf(path) ?? "name", precheck: (v) => ({ ledgerStartsOn: dateEntryProblem(v.ledgerStartsOn) ?? undefined }) },
);

/**
 * Founds a new organization (`organizations.create`): the caller becomes its admin, it gets the
 * default chart of accounts, and the session switches to it. Core's `createOrganizationInput` is
 * the form's resolver.
 */
export function OrganizationCreateForm() {
  const trpc = useTRPC();
  const switchOrganization = useSwitchOrganization();
  const keys = useRef(new SubmissionKeys());
  const [result, setResult] = useState<ActionResult | null>(null);
  const form = useForm<Values, unknown, ReturnType<typeof createOrganizationInput.parse>>({
    defaultValues: { name: "", slug: "", baseCurrency: "EUR", ledgerStartsOn: { text: `${new Date().getFullYear()}-01-01`, badInput: false } },
    resolver,
  });
  const create = useMutation(
    trpc.organizations.create.mutationOptions({
      onSuccess: async (outcome) => {
        keys.current.settle();
        setResult({ tone: "success", message: `${outcome.message} Switching to it…`, warnings: outcome.warnings, details: [] });
        const problem = await switchOrganization(outcome.state.id, "/dashboard");
        if (problem) setResult({ tone: "error", title: "The organization was created, but switching to it failed", message: problem, warnings: [], details: [] });
      },
      onError: (error) => setResult(formFailure(form, error, {
          title: "The organization was not created",
          unreachable: "Could not reach Closebook, so the organization may not exist yet. Submit again to retry: it will not be created twice.",
        }, fieldOf)),
    }),
  );

  const onSubmit = submitReadingDates(form, ["ledgerStartsOn"], (input) => {
    if (create.isPending) return;
    setResult(null);
    create.mutate({ ...input, idempotencyKey: keys.current.keyFor(input) });
  });

  return (
    <Form {...form}>
      <form onSubmit={onSubmit} noValidate aria-label="New organization" className="flex flex-col gap-4">
        <ActionOutcome result={result} />
        <div className="grid grid-cols-1 gap-x-4 gap-y-3 sm:grid-cols-12">
          <FormTextField control={form.control} name="name" label="Legal name" autoComplete="organization" className="sm:col-span-7" />
          <FormTextField
            control={form.control}
            name="slug"
            label="Short name"
            description="Optional: lowercase letters, digits and dashes; made from the name when empty"
            inputClassName="font-mono"
            className="sm:col-span-5"
          />
          <FormItemField control={form.control} name="baseCurrency" label="Base currency" description="The currency of its chart of accounts" className="sm:col-span-4">
            {(field) => (
              <NativeSelect {...field}>
                {currencies.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </NativeSelect>
            )}
          </FormItemField>
          <FormDateField control={form.control} name="ledgerStartsOn" label="Ledger starts on" hint="No entry can be dated before it" className="sm:col-span-4" />
        </div>
        <p className="text-xs text-zinc-500">You become its admin. It starts with the default chart of accounts; periods open as entries are posted.</p>
        <FormActions className="border-t border-zinc-100 pt-3" pending={create.isPending || create.isSuccess} submitLabel="Create organization" pendingLabel={create.isPending ? "Creating…" : "Create organization"}>
          <ButtonLink variant="ghost" href="/dashboard">
            Cancel
          </ButtonLink>
        </FormActions>
      </form>
    </Form>
  );
}
