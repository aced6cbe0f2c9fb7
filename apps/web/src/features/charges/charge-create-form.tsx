"use client";

import { createChargeInput, minorDigits } from "@closebook/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { errorsByField, failureReport, issuesByPath, successResult, topLevelField, type ActionResult } from "@/lib/action-result";
import { accountLabel, useAccounts, useCounterparties, type Account } from "@/lib/reference-data";
import { SubmissionKeys } from "@/lib/request-key";
import { useHydrated } from "@/lib/use-hydrated";
import { useTRPC } from "@/trpc/react-provider";
import { ActionOutcome } from "@/components/action-outcome";
import { Button } from "@/components/ui/button";
import { dateEntryProblem, DateField, readDateField } from "@/components/ui/date-field";
import { AmountInput, Input } from "@/components/ui/input";
import { Field } from "@/components/ui/form-controls";
import { NativeSelect } from "@/components/ui/select";
import { useLocalAmounts } from "@/components/ui/organization-formats";

interface FormValues {
  customerId: string;
  description: string;
  currency: string;
  amount: string;
  /** "" until chosen: the default account for the currency (1100, 4100) applies. */
  receivableAccountId: string;
  revenueAccountId: string;
  dueDate: string;
}

const fields = ["customerId", "description", "currency", "amount", "receivableAccountId", "revenueAccountId", "dueDate"] as const;
type FieldName = (typeof fields)[number];
type FieldErrors = Partial<Record<FieldName, string[]>>;
const fieldOf = (path: string): FieldName | null => (path.startsWith("amountMinor") ? "amount" : topLevelField(fields)(path));

const emptyForm: FormValues = { customerId: "", description: "", currency: "EUR", amount: "", receivableAccountId: "", revenueAccountId: "", dueDate: "" };

const receivables = (accounts: Account[], currency: string) => accounts.filter((a) => a.type === "asset" && !a.isBankAccount && a.status === "active" && a.currency === currency);
const revenues = (accounts: Account[], currency: string) => accounts.filter((a) => a.type === "revenue" && a.status === "active" && a.currency === currency);
/** The account with the preferred code, else the first that fits. */
const preferred = (options: Account[], code: string) => options.find((a) => a.code === code) ?? options[0];

const unreachable = "Could not reach Closebook, so the charge may not be created yet. Submit again to retry: the retry is recognised and will not create it twice.";

/** Drafts a charge to a customer and, when asked, issues it at once (posting DR receivable / CR revenue). */
export function ChargeCreateForm({ canIssue, onClose }: { canIssue: boolean; onClose?: () => void }) {
  const trpc = useTRPC();
  const amounts = useLocalAmounts();
  const queryClient = useQueryClient();
  const hydrated = useHydrated();
  const createKeys = useRef(new SubmissionKeys());
  const issueKeys = useRef(new SubmissionKeys());
  const accounts = useAccounts();
  const customers = useCounterparties("customer");
  const [values, setValues] = useState<FormValues>(emptyForm);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [result, setResult] = useState<ActionResult | null>(null);
  const create = useMutation(trpc.charges.create.mutationOptions());
  const issue = useMutation(trpc.charges.issue.mutationOptions());
  const pending = create.isPending || issue.isPending;

  const all = accounts.data ?? [];
  const currencies = [...new Set(all.map((a) => a.currency))].sort();
  const receivableOptions = receivables(all, values.currency);
  const revenueOptions = revenues(all, values.currency);
  const receivableAccountId = values.receivableAccountId || preferred(receivableOptions, "1100")?.id || "";
  const revenueAccountId = values.revenueAccountId || preferred(revenueOptions, "4100")?.id || "";
  const digits = minorDigits(values.currency);

  function set<K extends keyof FormValues>(field: K, value: FormValues[K]) {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  }

  function showFailure(error: unknown, title: string) {
    const failure = failureReport(error, { title, unreachable });
    const { fields: byField, other } = errorsByField(failure.byPath, fieldOf);
    setErrors(byField);
    setResult({ ...failure.result, details: other });
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const andIssue = canIssue && (event.nativeEvent as SubmitEvent).submitter?.getAttribute("value") === "issue";
    setResult(null);

    const amountMinor = values.amount.trim() === "" ? null : amounts.parse(values.amount, values.currency);
    const local: FieldErrors = {};
    const due = readDateField(event.currentTarget, "dueDate");
    const dueProblem = dateEntryProblem(due);
    if (dueProblem) local.dueDate = [dueProblem];
    if (amountMinor === null) local.amount = [values.amount.trim() === "" ? "Enter the amount." : amounts.refusal(values.amount, values.currency)];
    const parsed = createChargeInput.safeParse({
      customerId: values.customerId,
      description: values.description,
      currency: values.currency,
      amountMinor: amountMinor ?? 0n,
      receivableAccountId,
      revenueAccountId,
      dueDate: due.text || null,
    });
    if (!parsed.success) {
      for (const [field, messages] of Object.entries(errorsByField(issuesByPath(parsed.error), fieldOf).fields) as [FieldName, string[]][]) {
        if ((field === "amount" && amountMinor === null) || (field === "dueDate" && dueProblem)) continue;
        local[field] = [...(local[field] ?? []), ...messages];
      }
    }
    if (!parsed.success || Object.values(local).some((m) => m?.length)) {
      setErrors(local);
      return;
    }
    setErrors({});

    const input = parsed.data;
    const created = await create.mutateAsync({ ...input, idempotencyKey: createKeys.current.keyFor(input) }).catch((error: unknown) => {
      showFailure(error, "The charge was not created");
      return null;
    });
    if (!created) return;
    createKeys.current.settle();
    setValues((current) => ({ ...emptyForm, currency: current.currency, receivableAccountId: current.receivableAccountId, revenueAccountId: current.revenueAccountId }));
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
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label="New charge" className="flex flex-col gap-4">
      <ActionOutcome result={result} />
      <div className="grid grid-cols-1 gap-x-4 gap-y-3 sm:grid-cols-12">
        <Field label="Customer" errors={errors.customerId} className="sm:col-span-4">
          {(control) => (
            <NativeSelect {...control} name="customerId" value={values.customerId} onChange={(e) => set("customerId", e.target.value)}>
              <option value="">Choose a customer…</option>
              {customers.data?.items.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
        <Field label="Description" errors={errors.description} className="sm:col-span-8">
          {(control) => <Input {...control} name="description" autoComplete="off" value={values.description} onChange={(e) => set("description", e.target.value)} />}
        </Field>
        <Field label="Currency" errors={errors.currency} className="sm:col-span-2">
          {(control) => (
            <NativeSelect
              {...control}
              name="currency"
              value={values.currency}
              onChange={(e) => {
                const currency = e.target.value;
                setValues((current) => ({ ...current, currency, receivableAccountId: "", revenueAccountId: "" }));
              }}
            >
              {(currencies.length ? currencies : [values.currency]).map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
        <Field label="Amount" errors={errors.amount} className="sm:col-span-3">
          {(control) => <AmountInput {...control} name="amount" digits={digits} value={values.amount} onChange={(e) => set("amount", e.target.value)} />}
        </Field>
        <DateField label="Due date" name="dueDate" errors={errors.dueDate} hint="Optional: 30 days after issue when empty." className="sm:col-span-3" value={values.dueDate} onChange={(text) => set("dueDate", text)} />
        <div className="hidden sm:col-span-4 sm:block" />
        <Field label="Receivable account" errors={errors.receivableAccountId} className="sm:col-span-6">
          {(control) => (
            <NativeSelect {...control} name="receivableAccountId" value={receivableAccountId} onChange={(e) => set("receivableAccountId", e.target.value)}>
              {receivableOptions.length === 0 ? <option value="">No receivable account in {values.currency}</option> : null}
              {receivableOptions.map((a) => (
                <option key={a.id} value={a.id}>
                  {accountLabel(a)}
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
        <Field label="Revenue account" errors={errors.revenueAccountId} className="sm:col-span-6">
          {(control) => (
            <NativeSelect {...control} name="revenueAccountId" value={revenueAccountId} onChange={(e) => set("revenueAccountId", e.target.value)}>
              {revenueOptions.length === 0 ? <option value="">No revenue account in {values.currency}</option> : null}
              {revenueOptions.map((a) => (
                <option key={a.id} value={a.id}>
                  {accountLabel(a)}
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
      </div>
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
  );
}
