"use client";

import type { RouterOutputs } from "@closebook/api";
import { assessFunds, displayBalanceMinor, formatDate, minorDigits, requestMovementInput, type FundsCheck } from "@closebook/core";
import { keepPreviousData, skipToken, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useMemo, useRef, useState } from "react";
import { useForm, type Path } from "react-hook-form";
import type { z } from "zod";
import { failureReport, successResult, type ActionResult } from "@/lib/action-result";
import { applyServerErrors } from "@/lib/form-errors";
import { plural } from "@/lib/format";
import { accountLabel, useCounterparties } from "@/lib/reference-data";
import { SubmissionKeys } from "@/lib/request-key";
import { roleLabel } from "@/lib/roles";
import { schemaResolver } from "@/lib/schema-resolver";
import { movementKindLabels, movementKinds, type MovementKind } from "@/lib/status-labels";
import { useDebouncedValue } from "@/lib/use-debounced-value";
import { useHydrated } from "@/lib/use-hydrated";
import { useTRPC } from "@/trpc/react-provider";
import { ActionOutcome } from "@/components/action-outcome";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { dateEntryProblem, DateField, type DateEntry } from "@/components/ui/date-field";
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { AmountInput, Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { useLocalAmounts, useLocalDisplay, type LocalAmounts, type LocalDisplay } from "@/components/ui/organization-formats";

type Options = RouterOutputs["movements"]["requestOptions"];
type Movement = RouterOutputs["movements"]["byId"]["movement"];

interface Values {
  kind: MovementKind;
  counterpartyId: string;
  description: string;
  amount: string;
  /** "" until chosen: the server's default source applies. */
  sourceAccountId: string;
  /** "" until chosen: the server's default destination for the source and kind applies. */
  destinationAccountId: string;
  effectiveDate: string;
}
type FieldName = keyof Values;

const emptyForm: Values = { kind: "vendor_payment", counterpartyId: "", description: "", amount: "", sourceAccountId: "", destinationAccountId: "", effectiveDate: "" };

/** Input paths (the API's and the schema's) → the form field showing their messages. */
const fieldOfPath: Record<string, FieldName> = {
  kind: "kind",
  counterpartyId: "counterpartyId",
  description: "description",
  amountMinor: "amount",
  sourceAccountId: "sourceAccountId",
  destinationAccountId: "destinationAccountId",
  effectiveDate: "effectiveDate",
};
const fieldOf = (path: string): Path<Values> | null => fieldOfPath[path.split(".")[0] ?? ""] ?? null;

/** The source and destination the request uses: the chosen ones, else the server's defaults (what the selects show). */
function resolveAccounts(options: Options | undefined, values: Values) {
  const accounts = new Map((options?.accounts ?? []).map((a) => [a.id, a]));
  const sourceOption = options?.sources.find((s) => s.accountId === values.sourceAccountId) ?? options?.sources.find((s) => s.accountId === options.defaultSourceId) ?? options?.sources[0];
  const destinationIds = sourceOption?.destinations[values.kind] ?? [];
  const destinationId = destinationIds.includes(values.destinationAccountId) ? values.destinationAccountId : (sourceOption?.defaultDestinationId[values.kind] ?? "");
  return {
    source: sourceOption ? accounts.get(sourceOption.accountId) : undefined,
    sources: (options?.sources ?? []).flatMap((s) => accounts.get(s.accountId) ?? []),
    destinations: destinationIds.flatMap((id) => accounts.get(id) ?? []),
    destinationId,
  };
}

type RequestInput = z.output<typeof requestMovementInput>;

/** Core's `requestMovementInput` as the form's resolver: the amount read in the organization's number format, the date as the date field read it. */
function requestResolver(amounts: LocalAmounts, options: Options | undefined, dateEntry: { current: DateEntry | null }) {
  return schemaResolver(
    requestMovementInput,
    (v: Values) => {
      const { source, destinationId } = resolveAccounts(options, v);
      const currency = source?.currency ?? "EUR";
      return {
        kind: v.kind,
        description: v.description,
        amountMinor: (v.amount.trim() ? amounts.parse(v.amount, currency) : null) ?? 0n,
        sourceAccountId: source?.id ?? "",
        destinationAccountId: destinationId,
        counterpartyId: v.kind === "vendor_payment" ? v.counterpartyId || null : null,
        ...(v.effectiveDate ? { effectiveDate: v.effectiveDate } : {}),
      };
    },
    {
      fieldOf: (path) => fieldOf(path) ?? "description",
      precheck: (v) => {
        const currency = resolveAccounts(options, v).source?.currency ?? "EUR";
        const problems: Partial<Record<FieldName, string>> = {};
        if (!v.amount.trim()) problems.amount = "Enter the amount.";
        else if (amounts.parse(v.amount, currency) === null) problems.amount = amounts.refusal(v.amount, currency);
        const date = dateEntry.current ? dateEntryProblem(dateEntry.current) : null;
        if (date) problems.effectiveDate = date;
        return problems;
      },
    },
  );
}

/** A query key with an amount in it: react-query's own hash (JSON.stringify) cannot write bigints. */
function hashWithBigints(key: readonly unknown[]): string {
  return JSON.stringify(key, (_name, value: unknown) => (typeof value === "bigint" ? `${value.toString()}n` : value));
}

/** A request held back until the person confirms it despite the funds warning. */
interface PendingConfirmation {
  input: RequestInput;
  message: string;
}

/** "This would overdraw 1010 Operating bank by €50.00 (available €20.00). Request anyway?" */
function overdrawQuestion(account: { code: string; name: string; currency: string; minimumBalanceMinor: bigint | null }, funds: FundsCheck, formatMinor: LocalDisplay["amount"]): string {
  const by = formatMinor(funds.shortfallMinor, account.currency);
  const available = formatMinor(funds.availableMinor, account.currency);
  const name = `${account.code} ${account.name}`;
  return account.minimumBalanceMinor === null || account.minimumBalanceMinor === 0n
    ? `This would overdraw ${name} by ${by} (available ${available}). Request anyway?`
    : `This would take ${name} ${by} below its minimum balance of ${formatMinor(account.minimumBalanceMinor, account.currency)} (available ${available}). Request anyway?`;
}

const unreachable = "Could not reach Closebook, so the movement may not be requested yet. Submit again to retry: the retry is recognised and will not request it twice.";

/** The rejected movement a revision starts from (its fields prefill the form; `movements.revise` links the new request to it). */
export interface ReviseTarget {
  movement: Movement;
  number: string;
}

function valuesOf(movement: Movement, amounts: LocalAmounts): Values {
  return {
    kind: movement.kind,
    counterpartyId: movement.counterpartyId ?? "",
    description: movement.description,
    amount: amounts.format(movement.amountMinor, movement.currency),
    sourceAccountId: movement.sourceAccountId,
    destinationAccountId: movement.destinationAccountId,
    effectiveDate: formatDate(movement.effectiveDate),
  };
}

/**
 * Requests a payment to a vendor or a transfer between own bank accounts (or, with `revise`, a
 * revision of a rejected movement); it then waits for its approvals. The accounts offered and the
 * defaults are the server's (`movements.requestOptions`), the approvals needed for the typed amount
 * too (`approvals.requirement`).
 */
export function MovementRequestForm({ onClose, revise }: { onClose?: () => void; revise?: ReviseTarget }) {
  const trpc = useTRPC();
  const router = useRouter();
  const amounts = useLocalAmounts();
  const display = useLocalDisplay();
  const queryClient = useQueryClient();
  const hydrated = useHydrated();
  const keys = useRef(new SubmissionKeys());
  const dateEntry = useRef<DateEntry | null>(null);
  const options = useQuery(trpc.movements.requestOptions.queryOptions({}));
  const vendors = useCounterparties("vendor");
  const resolver = useMemo(() => requestResolver(amounts, options.data, dateEntry), [amounts, options.data]);
  const form = useForm<Values, unknown, RequestInput>({ defaultValues: revise ? valuesOf(revise.movement, amounts) : emptyForm, resolver });
  const [result, setResult] = useState<ActionResult | null>(null);
  const [confirming, setConfirming] = useState<PendingConfirmation | null>(null);

  const values = form.watch();
  const { source, sources, destinations, destinationId } = resolveAccounts(options.data, values);
  const currency = source?.currency ?? "EUR";
  const digits = minorDigits(currency);
  const amountMinor = values.amount.trim() ? amounts.parse(values.amount, currency) : null;
  // The band that applies, from the server, once the amount has stopped changing.
  const previewed = useDebouncedValue(source && amountMinor !== null && amountMinor > 0n ? { sourceAccountId: source.id, amountMinor } : null, 300);
  const requirement = useQuery({ ...trpc.approvals.requirement.queryOptions(previewed ?? skipToken), placeholderData: keepPreviousData, queryKeyHashFn: hashWithBigints });
  const shownRequirement = previewed && amountMinor !== null ? requirement.data : undefined;
  // The source's available balance (balance less movements awaiting approval), and core's funds rule applied to the typed amount.
  const available = useQuery(trpc.accounts.availableBalance.queryOptions(source ? { accountId: source.id } : skipToken));
  const balance = available.data?.accountId === source?.id ? available.data : undefined;
  const funds = balance && amountMinor !== null && amountMinor > 0n ? assessFunds(balance, balance.availableMinor, amountMinor) : null;

  const onError = (error: Parameters<typeof failureReport>[0]) => {
    const failure = failureReport(error, { title: revise ? `${revise.number} was not revised` : "The movement was not requested", unreachable });
    setResult({ ...failure.result, details: applyServerErrors(form, failure, fieldOf) });
  };
  const request = useMutation(
    trpc.movements.request.mutationOptions({
      onSuccess: async (outcome) => {
        keys.current.settle();
        const { kind, sourceAccountId, destinationAccountId } = form.getValues();
        form.reset({ ...emptyForm, kind, sourceAccountId, destinationAccountId });
        setResult(successResult(outcome, { href: `/movements/${outcome.state.id}`, label: `Open ${outcome.state.number}` }));
        await queryClient.invalidateQueries();
      },
      onError,
    }),
  );
  const revision = useMutation(
    trpc.movements.revise.mutationOptions({
      onSuccess: async (outcome) => {
        keys.current.settle();
        setResult(successResult(outcome, { href: `/movements/${outcome.state.id}`, label: `Open ${outcome.state.number}` }));
        await queryClient.invalidateQueries();
        router.push(`/movements/${outcome.state.id}`);
      },
      onError,
    }),
  );
  const pending = request.isPending || revision.isPending;

  function send(input: RequestInput) {
    setConfirming(null);
    if (revise) {
      const changes = { movementId: revise.movement.id, ...input, effectiveDate: input.effectiveDate ?? undefined };
      revision.mutate({ ...changes, idempotencyKey: keys.current.keyFor(changes) });
    } else {
      request.mutate({ ...input, idempotencyKey: keys.current.keyFor(input) });
    }
  }

  const onSubmit = form.handleSubmit(async (input) => {
    if (pending) return;
    setResult(null);
    setConfirming(null);
    // Ask before a request that would overdraw the account (the server only warns about it, unless the account blocks it).
    const fresh = source ? ((await available.refetch()).data ?? balance) : undefined;
    const check = fresh && fresh.accountId === input.sourceAccountId ? assessFunds(fresh, fresh.availableMinor, input.amountMinor) : null;
    if (fresh && check?.shortfall && !check.blocks) {
      setConfirming({ input, message: overdrawQuestion(fresh, check, display.amount) });
      return;
    }
    send(input);
  });

  const changed = () => setConfirming(null);

  return (
    <Form {...form}>
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={revise ? `Revise ${revise.number}` : "Request a movement"} className="flex flex-col gap-4">
        <ActionOutcome result={result} />
        <div className="grid grid-cols-1 gap-x-4 gap-y-3 sm:grid-cols-12">
          <FormField
            control={form.control}
            name="kind"
            render={({ field }) => (
              <FormItem className="sm:col-span-3">
                <FormLabel>Kind</FormLabel>
                <FormControl>
                  <NativeSelect
                    {...field}
                    onChange={(e) => {
                      const kind = movementKinds.find((k) => k === e.target.value) ?? "vendor_payment";
                      changed();
                      field.onChange(kind);
                      form.setValue("destinationAccountId", "");
                      if (kind === "transfer") form.setValue("counterpartyId", "");
                      form.clearErrors();
                    }}
                  >
                    {movementKinds.map((k) => (
                      <option key={k} value={k}>
                        {movementKindLabels[k]}
                      </option>
                    ))}
                  </NativeSelect>
                </FormControl>
                <FormMessage />
              </FormItem>
            )}
          />
          {values.kind === "vendor_payment" ? (
            <FormField
              control={form.control}
              name="counterpartyId"
              render={({ field }) => (
                <FormItem className="sm:col-span-4">
                  <FormLabel>Vendor</FormLabel>
                  <FormControl>
                    <NativeSelect
                      {...field}
                      onChange={(e) => {
                        changed();
                        field.onChange(e);
                      }}
                    >
                      <option value="">Choose a vendor…</option>
                      {vendors.data?.items.map((v) => (
                        <option key={v.id} value={v.id}>
                          {v.name}
                        </option>
                      ))}
                    </NativeSelect>
                  </FormControl>
                  <FormMessage />
                </FormItem>
              )}
            />
          ) : null}
          <FormField
            control={form.control}
            name="description"
            render={({ field }) => (
              <FormItem className={values.kind === "vendor_payment" ? "sm:col-span-5" : "sm:col-span-9"}>
                <FormLabel>Description</FormLabel>
                <FormControl>
                  <Input
                    autoComplete="off"
                    {...field}
                    onChange={(e) => {
                      changed();
                      field.onChange(e);
                    }}
                  />
                </FormControl>
                <FormMessage />
              </FormItem>
            )}
          />
          <FormField
            control={form.control}
            name="sourceAccountId"
            render={({ field }) => (
              <FormItem className="sm:col-span-4">
                <FormLabel>From bank account</FormLabel>
                <FormControl>
                  <NativeSelect
                    {...field}
                    value={source?.id ?? ""}
                    onChange={(e) => {
                      changed();
                      field.onChange(e.target.value);
                      form.setValue("destinationAccountId", "");
                    }}
                  >
                    {sources.length === 0 ? <option value="">{options.data ? "No bank account" : "Loading…"}</option> : null}
                    {sources.map((a) => (
                      <option key={a.id} value={a.id}>
                        {accountLabel(a)} ({display.amount(displayBalanceMinor(a.type, a.balanceMinor), a.currency)})
                      </option>
                    ))}
                  </NativeSelect>
                </FormControl>
                <FormDescription>
                  <AvailableHint balance={balance} funds={funds} />
                </FormDescription>
                <FormMessage />
              </FormItem>
            )}
          />
          <FormField
            control={form.control}
            name="destinationAccountId"
            render={({ field }) => (
              <FormItem className="sm:col-span-3">
                <FormLabel>{values.kind === "transfer" ? "To bank account" : "Post against"}</FormLabel>
                <FormControl>
                  <NativeSelect
                    {...field}
                    value={destinationId}
                    onChange={(e) => {
                      changed();
                      field.onChange(e.target.value);
                    }}
                  >
                    {destinations.length === 0 ? <option value="">No account fits in {currency}</option> : null}
                    {destinations.map((a) => (
                      <option key={a.id} value={a.id}>
                        {accountLabel(a)}
                      </option>
                    ))}
                  </NativeSelect>
                </FormControl>
                <FormDescription>{values.kind === "transfer" ? "Another of the organization's bank accounts" : "The payable or an expense account"}</FormDescription>
                <FormMessage />
              </FormItem>
            )}
          />
          <FormField
            control={form.control}
            name="amount"
            render={({ field }) => (
              <FormItem className="sm:col-span-2">
                <FormLabel>{`Amount (${currency})`}</FormLabel>
                <FormControl>
                  <AmountInput
                    digits={digits}
                    placeholder={amounts.placeholder(digits)}
                    {...field}
                    onChange={(e) => {
                      changed();
                      field.onChange(e);
                    }}
                  />
                </FormControl>
                <FormMessage />
              </FormItem>
            )}
          />
          <FormField
            control={form.control}
            name="effectiveDate"
            render={({ field, fieldState }) => (
              <DateField
                label="Effective date"
                name={field.name}
                errors={fieldState.error?.message ? [fieldState.error.message] : undefined}
                hint="Empty: today."
                className="sm:col-span-3"
                value={field.value}
                onBlur={field.onBlur}
                onChange={(text, entry) => {
                  changed();
                  dateEntry.current = entry;
                  field.onChange(text);
                }}
              />
            )}
          />
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
                <Button variant="primary" disabled={pending} onClick={() => send(confirming.input)}>
                  Request anyway
                </Button>
              </div>
            </Alert>
          </div>
        ) : null}
        <div className="flex flex-wrap items-center justify-end gap-2 border-t border-zinc-100 pt-3">
          <p className="mr-auto text-xs text-zinc-500" aria-live="polite" data-testid="approval-preview">
            {shownRequirement ? (
              <>
                <span className="font-medium text-zinc-700" data-testid="approval-band">
                  {`Band ${shownRequirement.bandLabel}`}
                </span>
                {`: needs ${plural(shownRequirement.requiredApprovals, "approval")} from ${roleLabel(shownRequirement.minimumRole).toLowerCase()}s or above`}
                {shownRequirement.requiresController ? ", one of them a controller" : ", no controller needed"}
                {requirement.isFetching ? " …" : "."}
              </>
            ) : amountMinor !== null && amountMinor > 0n ? (
              "Looking up the approvals this amount needs…"
            ) : (
              "Type the amount to see the approvals it needs."
            )}
          </p>
          {onClose ? (
            <Button variant="ghost" onClick={onClose}>
              Close
            </Button>
          ) : null}
          <Button type="submit" variant="primary" disabled={!hydrated || pending || confirming !== null}>
            {revise ? (revision.isPending ? "Revising…" : "Request revision") : request.isPending ? "Requesting…" : "Request movement"}
          </Button>
        </div>
      </form>
    </Form>
  );
}

/** Under the source account: what it has available now and, once an amount is typed, what remains after this request. */
function AvailableHint({ balance, funds }: { balance: { currency: string; balanceMinor: bigint; pendingMinor: bigint; availableMinor: bigint } | undefined; funds: FundsCheck | null }) {
  const { amount: formatMinor } = useLocalDisplay();
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
