"use client";

import { createChargeInput } from "@closebook/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useMemo, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { failureReport, successResult, type ActionResult } from "@/lib/action-result";
import { applyServerErrors } from "@/lib/form-errors";
import { useAccounts } from "@/lib/reference-data";
import { SubmissionKeys } from "@/lib/request-key";
import { schemaResolver } from "@/lib/schema-resolver";
import { useHydrated } from "@/lib/use-hydrated";
import { useTRPC } from "@/trpc/react-provider";
import { ActionOutcome } from "@/components/action-outcome";
import { Button } from "@/components/ui/button";
import { readDateField } from "@/components/ui/date-field";
import { Form } from "@/components/ui/form";
import { useLocalAmounts } from "@/components/ui/organization-formats";
import { ChargeTermsFields, chargeTermsFieldOf, chargeTermsInput, chargeTermsPrecheck, type ChargeTermsValues } from "@/features/charges/charge-terms-fields";

const emptyForm: ChargeTermsValues = { customerId: "", description: "", currency: "EUR", amount: "", receivableAccountId: "", revenueAccountId: "", dueDate: { text: "", badInput: false } };

const unreachable = "Could not reach Closebook, so the charge may not be created yet. Submit again to retry: the retry is recognised and will not create it twice.";

/** Drafts a charge to a customer and, when asked, issues it at once (posting DR receivable / CR revenue); core's `createChargeInput` is the form's resolver. */
export function ChargeCreateForm({ canIssue, onClose }: { canIssue: boolean; onClose?: () => void }) {
  const trpc = useTRPC();
  const amounts = useLocalAmounts();
  const queryClient = useQueryClient();
  const hydrated = useHydrated();
  const createKeys = useRef(new SubmissionKeys());
  const issueKeys = useRef(new SubmissionKeys());
  const accounts = useAccounts();
  const [result, setResult] = useState<ActionResult | null>(null);
  const create = useMutation(trpc.charges.create.mutationOptions());
  const issue = useMutation(trpc.charges.issue.mutationOptions());
  const pending = create.isPending || issue.isPending;
  const all = accounts.data;
  const resolver = useMemo(
    () =>
      schemaResolver(createChargeInput, (v: ChargeTermsValues) => chargeTermsInput(v, all ?? [], amounts), {
        fieldOf: (path) => chargeTermsFieldOf(path) ?? "description",
        precheck: (v) => chargeTermsPrecheck(v, amounts),
      }),
    [all, amounts],
  );
  const form = useForm<ChargeTermsValues, unknown, ReturnType<typeof createChargeInput.parse>>({ defaultValues: emptyForm, resolver });

  async function submit(input: ReturnType<typeof createChargeInput.parse>, andIssue: boolean) {
    if (pending) return;
    setResult(null);
    const created = await create.mutateAsync({ ...input, idempotencyKey: createKeys.current.keyFor(input) }).catch((error: unknown) => {
      const failure = failureReport(error, { title: "The charge was not created", unreachable });
      setResult({ ...failure.result, details: applyServerErrors(form, failure, chargeTermsFieldOf) });
      return null;
    });
    if (!created) return;
    createKeys.current.settle();
    const { currency, receivableAccountId, revenueAccountId } = form.getValues();
    form.reset({ ...emptyForm, currency, receivableAccountId, revenueAccountId });
    const link = { href: `/charges/${created.state.id}`, label: "Open the charge" };
    if (!andIssue) {
      setResult(successResult(created, link));
    } else {
      try {
        const issueInput = { chargeId: created.state.id };
        const issued = await issue.mutateAsync({ ...issueInput, idempotencyKey: issueKeys.current.keyFor(issueInput) });
        issueKeys.current.settle();
        setResult(successResult({ ...issued, message: `${created.message} ${issued.message}` }, { href: link.href, label: `Open ${issued.state.number ?? "the charge"}` }));
      } catch (error) {
        const failure = failureReport(error, { title: "Created as a draft, not issued", unreachable: "Could not reach Closebook to issue the charge." });
        setResult({ ...failure.result, message: `${created.message} Issuing failed: ${failure.result.message} Open the draft to issue it.`, link: { href: link.href, label: "Open the draft" } });
      }
    }
    await queryClient.invalidateQueries(trpc.charges.list.pathFilter());
    await queryClient.invalidateQueries(trpc.dashboard.pathFilter());
  }

  return (
    <Form {...form}>
    <form
      onSubmit={(event) => {
        const andIssue = canIssue && (event.nativeEvent as SubmitEvent).submitter?.getAttribute("value") === "issue";
        // A partial date changes nothing React sees: the element is the truth at submit.
        form.setValue("dueDate", readDateField(event.currentTarget, "dueDate"));
        void form.handleSubmit((input) => submit(input, andIssue))(event);
      }}
      noValidate
      aria-label="New charge"
      className="flex flex-col gap-4"
    >
      <ActionOutcome result={result} />
      <ChargeTermsFields form={form} />
      <div className="flex items-center justify-end gap-2 border-t border-zinc-100 pt-3">
        {onClose ? (
          <Button variant="ghost" onClick={onClose}>
            Close
          </Button>
        ) : null}
        <Button type="submit" name="intent" value="create" variant={canIssue ? "secondary" : "primary"} disabled={!hydrated || pending}>
          {create.isPending && !issue.isPending ? "Creating…" : "Create draft"}
        </Button>
        {canIssue ? (
          <Button type="submit" name="intent" value="issue" variant="primary" disabled={!hydrated || pending}>
            {issue.isPending ? "Issuing…" : "Create and issue"}
          </Button>
        ) : null}
      </div>
    </form>
    </Form>
  );
}
