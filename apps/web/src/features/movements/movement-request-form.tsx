"use client";

import { assessFunds, displayBalanceMinor, formatMinor, minorDigits, requestMovementInput, requirementFor, type FundsCheck } from "@closebook/core";
import { skipToken, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import type { z } from "zod";
import { errorsByField, failureReport, issuesByPath, successResult, topLevelField, type ActionResult } from "@/lib/action-result";
import { plural } from "@/lib/format";
import { accountLabel, useAccounts, useCounterparties, type Account } from "@/lib/reference-data";
import { SubmissionKeys } from "@/lib/request-key";
import { roleLabel } from "@/lib/roles";
import { movementKindLabels, movementKinds, type MovementKind } from "@/lib/status-labels";
import { useHydrated } from "@/lib/use-hydrated";
import { useTRPC } from "@/trpc/react-provider";
import { ActionOutcome } from "@/components/action-outcome";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { dateEntryProblem, DateField, readDateField } from "@/components/ui/date-field";
import { AmountInput, Input } from "@/components/ui/input";
import { Field } from "@/components/ui/form-controls";
import { NativeSelect } from "@/components/ui/select";
import { useLocalAmounts } from "@/components/ui/organization-formats";

interface FormValues {
  kind: MovementKind;
  counterpartyId: string;
  description: string;
  amount: string;
  /** "" until chosen: 1010 (or the first bank account) applies. */
  sourceAccountId: string;
  /** "" until chosen: 2000 for a payment, the first other bank account for a transfer. */
  destinationAccountId: string;
  effectiveDate: string;
}

const fields = ["kind", "counterpartyId", "description", "amount", "sourceAccountId", "destinationAccountId", "effectiveDate"] as const;
type FieldName = (typeof fields)[number];
type FieldErrors = Partial<Record<FieldName, string[]>>;
const fieldOf = (path: string): FieldName | null => (path.startsWith("amountMinor") ? "amount" : topLevelField(fields)(path));

const emptyForm: FormValues = { kind: "vendor_payment", counterpartyId: "", description: "", amount: "", sourceAccountId: "", destinationAccountId: "", effectiveDate: "" };

function destinations(accounts: Account[], kind: MovementKind, source: Account | undefined): Account[] {
  if (!source) return [];
  return accounts.filter(
    (a) =>
      a.id !== source.id &&
      a.status === "active" &&
      a.currency === source.currency &&
      (kind === "transfer" ? a.isBankAccount : !a.isBankAccount && (a.type === "liability" || a.type === "expense")),
  );
}

type RequestInput = z.output<typeof requestMovementInput>;

/** A request held back until the person confirms it despite the funds warning. */
interface PendingConfirmation {
  input: RequestInput;
  message: string;
}

/** "This would overdraw 1010 Operating bank by €50.00 (available €20.00). Request anyway?" */
function overdrawQuestion(account: { code: string; name: string; currency: string; minimumBalanceMinor: bigint | null }, funds: FundsCheck): string {
  const by = formatMinor(funds.shortfallMinor, account.currency);
  const available = formatMinor(funds.availableMinor, account.currency);
  const name = `${account.code} ${account.name}`;
  return account.minimumBalanceMinor === null || account.minimumBalanceMinor === 0n
    ? `This would overdraw ${name} by ${by} (available ${available}). Request anyway?`
    : `This would take ${name} ${by} below its minimum balance of ${formatMinor(account.minimumBalanceMinor, account.currency)} (available ${available}). Request anyway?`;
}

const unreachable = "Could not reach Closebook, so the movement may not be requested yet. Submit again to retry: the retry is recognised and will not request it twice.";

/** Requests a payment to a vendor or a transfer between own bank accounts; it then waits for its approvals. */
export function MovementRequestForm({ onClose }: { onClose?: () => void }) {
  const trpc = useTRPC();
  const amounts = useLocalAmounts();
  const queryClient = useQueryClient();
  const hydrated = useHydrated();
  const keys = useRef(new SubmissionKeys());
  const accounts = useAccounts();
  const vendors = useCounterparties("vendor");
  const policy = useQuery(trpc.settings.approvalPolicy.queryOptions());
  const [values, setValues] = useState<FormValues>(emptyForm);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [result, setResult] = useState<ActionResult | null>(null);
  const [confirming, setConfirming] = useState<PendingConfirmation | null>(null);

  const all = accounts.data ?? [];
  const banks = all.filter((a) => a.isBankAccount && a.status === "active");
  const source = banks.find((a) => a.id === values.sourceAccountId) ?? banks.find((a) => a.code === "1010") ?? banks[0];
  const destinationOptions = destinations(all, values.kind, source);
  const destination =
    destinationOptions.find((a) => a.id === values.destinationAccountId) ?? (values.kind === "vendor_payment" ? destinationOptions.find((a) => a.code === "2000") : undefined) ?? destinationOptions[0];
  const currency = source?.currency ?? "EUR";
  const digits = minorDigits(currency);
  const amountMinor = values.amount.trim() ? amounts.parse(values.amount, currency) : null;
  const bands = policy.data?.find((p) => p.currency === currency)?.bands;
  const requirement = bands && amountMinor !== null && amountMinor > 0n ? requirementFor(bands, currency, amountMinor) : null;
  // The source's available balance (balance less movements awaiting approval), and core's funds rule applied to the typed amount.
  const available = useQuery(trpc.accounts.availableBalance.queryOptions(source ? { accountId: source.id } : skipToken));
  const balance = available.data?.accountId === source?.id ? available.data : undefined;
  const funds = balance && amountMinor !== null && amountMinor > 0n ? assessFunds(balance, balance.availableMinor, amountMinor) : null;

  const request = useMutation(
    trpc.movements.request.mutationOptions({
      onSuccess: async (outcome) => {
        keys.current.settle();
        setErrors({});
        setValues((current) => ({ ...emptyForm, kind: current.kind, sourceAccountId: current.sourceAccountId, destinationAccountId: current.destinationAccountId }));
        setResult(successResult(outcome, { href: `/movements/${outcome.state.id}`, label: `Open ${outcome.state.number}` }));
        await queryClient.invalidateQueries();
      },
      onError: (error) => {
        const failure = failureReport(error, { title: "The movement was not requested", unreachable });
        const { fields: byField, other } = errorsByField(failure.byPath, fieldOf);
        setErrors(byField);
        setResult({ ...failure.result, details: other });
      },
    }),
  );

  function set<K extends keyof FormValues>(field: K, value: FormValues[K]) {
    setConfirming(null);
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  }

  function send(input: RequestInput) {
    setConfirming(null);
    request.mutate({ ...input, idempotencyKey: keys.current.keyFor(input) });
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (request.isPending) return;
    setResult(null);
    setConfirming(null);
    const date = readDateField(event.currentTarget, "effectiveDate");
    const dateProblem = dateEntryProblem(date);
    const parsed = requestMovementInput.safeParse({
      kind: values.kind,
      description: values.description,
      amountMinor: amountMinor ?? 0n,
      sourceAccountId: source?.id ?? "",
      destinationAccountId: destination?.id ?? "",
      counterpartyId: values.kind === "vendor_payment" ? values.counterpartyId || null : null,
      ...(date.text ? { effectiveDate: date.text } : {}),
    });
    const local: FieldErrors = parsed.success ? {} : errorsByField(issuesByPath(parsed.error), fieldOf).fields;
    if (amountMinor === null) local.amount = [values.amount.trim() ? amounts.refusal(values.amount, currency) : "Enter the amount."];
    if (dateProblem) local.effectiveDate = [dateProblem];
    if (!parsed.success || amountMinor === null || dateProblem) {
      setErrors(local);
      return;
    }
    setErrors({});
    // Ask before a request that would overdraw the account (the server only warns about it, unless the account blocks it).
    const fresh = source ? ((await available.refetch()).data ?? balance) : undefined;
    const check = fresh && fresh.accountId === parsed.data.sourceAccountId ? assessFunds(fresh, fresh.availableMinor, parsed.data.amountMinor) : null;
    if (fresh && check?.shortfall && !check.blocks) {
      setConfirming({ input: parsed.data, message: overdrawQuestion(fresh, check) });
      return;
    }
    send(parsed.data);
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Request a movement" className="flex flex-col gap-4">
      <ActionOutcome result={result} />
      <div className="grid grid-cols-1 gap-x-4 gap-y-3 sm:grid-cols-12">
        <Field label="Kind" errors={errors.kind} className="sm:col-span-3">
          {(control) => (
            <NativeSelect
              {...control}
              name="kind"
              value={values.kind}
              onChange={(e) => {
                const kind = movementKinds.find((k) => k === e.target.value) ?? "vendor_payment";
                setValues((current) => ({ ...current, kind, destinationAccountId: "", counterpartyId: kind === "transfer" ? "" : current.counterpartyId }));
                setErrors({});
              }}
            >
              {movementKinds.map((k) => (
                <option key={k} value={k}>
                  {movementKindLabels[k]}
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
        {values.kind === "vendor_payment" ? (
          <Field label="Vendor" errors={errors.counterpartyId} className="sm:col-span-4">
            {(control) => (
              <NativeSelect {...control} name="counterpartyId" value={values.counterpartyId} onChange={(e) => set("counterpartyId", e.target.value)}>
                <option value="">Choose a vendor…</option>
                {vendors.data?.items.map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.name}
                  </option>
                ))}
              </NativeSelect>
            )}
          </Field>
        ) : null}
        <Field label="Description" errors={errors.description} className={values.kind === "vendor_payment" ? "sm:col-span-5" : "sm:col-span-9"}>
          {(control) => <Input {...control} name="description" autoComplete="off" value={values.description} onChange={(e) => set("description", e.target.value)} />}
        </Field>
        <Field label="From bank account" errors={errors.sourceAccountId} hint={<AvailableHint balance={balance} funds={funds} />} className="sm:col-span-4">
          {(control) => (
            <NativeSelect
              {...control}
              name="sourceAccountId"
              value={source?.id ?? ""}
              onChange={(e) => {
                const id = e.target.value;
                setConfirming(null);
                setValues((current) => ({ ...current, sourceAccountId: id, destinationAccountId: "" }));
              }}
            >
              {banks.map((a) => (
                <option key={a.id} value={a.id}>
                  {accountLabel(a)} ({formatMinor(displayBalanceMinor(a.type, a.balanceMinor), a.currency)})
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
        <Field
          label={values.kind === "transfer" ? "To bank account" : "Post against"}
          errors={errors.destinationAccountId}
          hint={values.kind === "transfer" ? "Another of the organization's bank accounts" : "The payable or an expense account"}
          className="sm:col-span-3"
        >
          {(control) => (
            <NativeSelect {...control} name="destinationAccountId" value={destination?.id ?? ""} onChange={(e) => set("destinationAccountId", e.target.value)}>
              {destinationOptions.length === 0 ? <option value="">No account fits in {currency}</option> : null}
              {destinationOptions.map((a) => (
                <option key={a.id} value={a.id}>
                  {accountLabel(a)}
                </option>
              ))}
            </NativeSelect>
          )}
        </Field>
        <Field label={`Amount (${currency})`} errors={errors.amount} className="sm:col-span-2">
          {(control) => <AmountInput {...control} name="amount" digits={digits} value={values.amount} onChange={(e) => set("amount", e.target.value)} />}
        </Field>
        <DateField label="Effective date" name="effectiveDate" errors={errors.effectiveDate} hint="Empty: today." className="sm:col-span-3" value={values.effectiveDate} onChange={(text) => set("effectiveDate", text)} />
      </div>
      {confirming ? (
        <div role="alertdialog" aria-labelledby="overdraw-question" data-testid="overdraw-confirmation">
          <Alert tone="warning">
            <div className="flex flex-wrap items-center gap-3">
              <p id="overdraw-question" className="mr-auto">
                {confirming.message}
              </p>
              <Button variant="ghost" onClick={() => setConfirming(null)}>
                Cancel
              </Button>
              <Button variant="primary" disabled={request.isPending} onClick={() => send(confirming.input)}>
                Request anyway
              </Button>
            </div>
          </Alert>
        </div>
      ) : null}
      <div className="flex flex-wrap items-center justify-end gap-2 border-t border-zinc-100 pt-3">
        <p className="mr-auto text-xs text-zinc-500" aria-live="polite" data-testid="approval-preview">
          {requirement
            ? `Needs ${plural(requirement.requiredApprovals, "approval")} from ${roleLabel(requirement.minimumRole).toLowerCase()}s or above${requirement.requiresController ? ", one of them a controller" : ""} (${requirement.bandLabel}).`
            : "The approvals needed depend on the amount."}
        </p>
        {onClose ? (
          <Button variant="ghost" onClick={onClose}>
            Close
          </Button>
        ) : null}
        <Button type="submit" variant="primary" disabled={!hydrated || request.isPending || confirming !== null}>
          {request.isPending ? "Requesting…" : "Request movement"}
        </Button>
      </div>
    </form>
  );
}

/** Under the source account: what it has available now and, once an amount is typed, what remains after this request. */
function AvailableHint({ balance, funds }: { balance: { currency: string; balanceMinor: bigint; pendingMinor: bigint; availableMinor: bigint } | undefined; funds: FundsCheck | null }) {
  if (!balance) return "Available balance: loading…";
  const pending = balance.pendingMinor > 0n ? ` (${formatMinor(balance.pendingMinor, balance.currency)} awaiting approval)` : "";
  return (
    <span data-testid="available-balance" title={`Balance ${formatMinor(balance.balanceMinor, balance.currency)} less movements awaiting approval or posting`}>
      Available: <span className="font-medium text-zinc-700 tabular-nums">{formatMinor(balance.availableMinor, balance.currency)}</span>
      {pending}
      {funds ? (
        <>
          {" · after this: "}
          <span className={funds.shortfall ? "font-medium text-amber-700 tabular-nums" : "tabular-nums"}>{formatMinor(funds.afterMinor, balance.currency)}</span>
          {funds.shortfall ? (funds.blocks ? " (refused: the account blocks shortfalls)" : funds.afterMinor < 0n ? " (overdrawn)" : " (below its minimum)") : null}
        </>
      ) : null}
    </span>
  );
}
