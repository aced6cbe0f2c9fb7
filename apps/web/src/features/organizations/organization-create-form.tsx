"use client";

import { createOrganizationInput } from "@closebook/core";
import { useMutation } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { errorsByField, failureReport, issuesByPath, topLevelField, type ActionResult } from "@/lib/action-result";
import { SubmissionKeys } from "@/lib/request-key";
import { useHydrated } from "@/lib/use-hydrated";
import { useSwitchOrganization } from "@/lib/switch-organization";
import { useTRPC } from "@/trpc/react-provider";
import { ActionOutcome } from "@/components/action-outcome";
import { Button, ButtonLink } from "@/components/ui/button";
import { DateField, dateEntryProblem, readDateField } from "@/components/ui/date-field";
import { Field } from "@/components/ui/form-controls";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";

const fields = ["name", "slug", "baseCurrency", "ledgerStartsOn"] as const;
type FieldName = (typeof fields)[number];
const fieldOf = topLevelField(fields);
const currencies = ["EUR", "USD", "GBP", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "JPY", "CAD", "AUD"];

/**
 * Founds a new organization (`organizations.create`): the caller becomes its admin, it gets the
 * default chart of accounts, and the session switches to it.
 */
export function OrganizationCreateForm() {
  const trpc = useTRPC();
  const hydrated = useHydrated();
  const switchOrganization = useSwitchOrganization();
  const keys = useRef(new SubmissionKeys());
  const [values, setValues] = useState({ name: "", slug: "", baseCurrency: "EUR", ledgerStartsOn: `${new Date().getFullYear()}-01-01` });
  const [errors, setErrors] = useState<Partial<Record<FieldName, string[]>>>({});
  const [result, setResult] = useState<ActionResult | null>(null);
  const create = useMutation(
    trpc.organizations.create.mutationOptions({
      onSuccess: async (outcome) => {
        keys.current.settle();
        setResult({ tone: "success", message: `${outcome.message} Switching to it…`, warnings: outcome.warnings, details: [] });
        const problem = await switchOrganization(outcome.state.id, "/dashboard");
        if (problem) setResult({ tone: "error", title: "The organization was created, but switching to it failed", message: problem, warnings: [], details: [] });
      },
      onError: (error) => {
        const failure = failureReport(error, {
          title: "The organization was not created",
          unreachable: "Could not reach Closebook, so the organization may not exist yet. Submit again to retry: it will not be created twice.",
        });
        const { fields: byField, other } = errorsByField(failure.byPath, fieldOf);
        setErrors(byField);
        setResult({ ...failure.result, details: other });
      },
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    setResult(null);
    const dateEntry = readDateField(event.currentTarget, "ledgerStartsOn");
    const dateProblem = dateEntryProblem(dateEntry);
    const parsed = createOrganizationInput.safeParse({
      name: values.name,
      baseCurrency: values.baseCurrency,
      ...(values.slug.trim() ? { slug: values.slug } : {}),
      ...(dateEntry.text ? { ledgerStartsOn: dateEntry.text } : {}),
    });
    if (!parsed.success || dateProblem) {
      const byField = parsed.success ? {} : errorsByField(issuesByPath(parsed.error), fieldOf).fields;
      setErrors(dateProblem ? { ...byField, ledgerStartsOn: [dateProblem] } : byField);
      return;
    }
    setErrors({});
    // The raw text is sent (the schema runs again on the server); the key covers the same payload.
    const payload = { name: values.name, baseCurrency: values.baseCurrency, ...(values.slug.trim() ? { slug: values.slug.trim() } : {}), ...(dateEntry.text ? { ledgerStartsOn: dateEntry.text } : {}) };
    create.mutate({ ...payload, idempotencyKey: keys.current.keyFor(payload) });
  }

  const set = (field: FieldName, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label="New organization" className="flex flex-col gap-4">
      <ActionOutcome result={result} />
      <div className="grid grid-cols-1 gap-x-4 gap-y-3 sm:grid-cols-12">
        <Field label="Legal name" errors={errors.name} className="sm:col-span-7">
          {(control) => <Input {...control} name="name" autoComplete="organization" value={values.name} onChange={(e) => set("name", e.target.value)} />}
        </Field>
        <Field label="Short name" errors={errors.slug} hint="Optional: lowercase letters, digits and dashes; made from the name when empty" className="sm:col-span-5">
          {(control) => <Input {...control} name="slug" autoComplete="off" className="font-mono" value={values.slug} onChange={(e) => set("slug", e.target.value)} />}
        </Field>
        <Field label="Base currency" errors={errors.baseCurrency} hint="The currency of its chart of accounts" className="sm:col-span-4">
          {(control) => (
            <NativeSelect {...control} name="baseCurrency" value={values.baseCurrency} onChange={(e) => set("baseCurrency", e.target.value)}>
              {currencies.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
        <DateField
          label="Ledger starts on"
          name="ledgerStartsOn"
          value={values.ledgerStartsOn}
          onChange={(text) => set("ledgerStartsOn", text)}
          errors={errors.ledgerStartsOn}
          hint="No entry can be dated before it"
          className="sm:col-span-4"
        />
      </div>
      <p className="text-xs text-zinc-500">You become its admin. It starts with the default chart of accounts; periods open as entries are posted.</p>
      <div className="flex items-center justify-end gap-2 border-t border-zinc-100 pt-3">
        <ButtonLink variant="ghost" href="/dashboard">
          Cancel
        </ButtonLink>
        <Button type="submit" variant="primary" disabled={!hydrated || create.isPending || create.isSuccess}>
          {create.isPending ? "Creating…" : "Create organization"}
        </Button>
      </div>
    </form>
  );
}
