"use client";

import { formatMinor, minorDigits, postManualJournalEntryInput } from "@closebook/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { failureReport, issuesByPath, successResult, type ActionResult } from "@/lib/action-result";
import { cn } from "@/lib/cn";
import { accountLabel, accountsById, useAccounts, type Account } from "@/lib/reference-data";
import { SubmissionKeys } from "@/lib/request-key";
import { useHydrated } from "@/lib/use-hydrated";
import { useTRPC } from "@/trpc/react-provider";
import { ActionOutcome } from "@/components/action-outcome";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { dateEntryProblem, DateField, readDateField } from "@/components/ui/date-field";
import { AmountInput, Input } from "@/components/ui/input";
import { Field } from "@/components/ui/form-controls";
import { NativeSelect } from "@/components/ui/select";
import { Plus as PlusIcon, X as XIcon } from "lucide-react";
import { Panel } from "@/components/ui/panel";
import { useLocalAmounts } from "@/components/ui/organization-formats";

interface LineValues {
  /** Stable React key of the row. */
  key: number;
  accountId: string;
  memo: string;
  debit: string;
  credit: string;
}

/** Messages by form place: "effectiveDate", "memo", "lines" (the whole entry), "lines.<i>.accountId|amount|memo". */
type Errors = Record<string, string[]>;

/** Where the messages for an input path show: amounts and line-level messages beside the line's amounts. */
function placeOf(path: string): string {
  const [head, index, sub] = path.split(".");
  if (head !== "lines" || index === undefined) return head ?? "_";
  if (sub === "accountId" || sub === "memo") return `lines.${index}.${sub}`;
  return `lines.${index}.amount`;
}

function byPlace(byPath: Record<string, string[]>): Errors {
  const errors: Errors = {};
  for (const [path, messages] of Object.entries(byPath)) {
    const list = (errors[placeOf(path)] ??= []);
    for (const m of messages) if (!list.includes(m)) list.push(m);
  }
  return errors;
}

interface Totals {
  currency: string;
  debit: bigint;
  credit: bigint;
}

/** Debits and credits per currency of the lines whose account and amount are readable. */
function totalsOf(lines: LineValues[], accounts: Map<string, Account>, parseAmount: (text: string, currency: string) => bigint | null): Totals[] {
  const totals = new Map<string, Totals>();
  for (const line of lines) {
    const account = accounts.get(line.accountId);
    if (!account) continue;
    const total = totals.get(account.currency) ?? { currency: account.currency, debit: 0n, credit: 0n };
    total.debit += (line.debit.trim() && parseAmount(line.debit, account.currency)) || 0n;
    total.credit += (line.credit.trim() && parseAmount(line.credit, account.currency)) || 0n;
    totals.set(account.currency, total);
  }
  return [...totals.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}

const unreachable = "Could not reach Closebook, so the entry may not be posted yet. Post again to retry: the retry is recognised and posts it once.";

/** A controller's adjusting entry: dynamic lines, live totals per currency, balanced before it can post. */
export function ManualEntryForm({ defaultDate }: { defaultDate: string }) {
  const trpc = useTRPC();
  const amounts = useLocalAmounts();
  const queryClient = useQueryClient();
  const hydrated = useHydrated();
  const keys = useRef(new SubmissionKeys());
  const nextKey = useRef(3);
  const accounts = useAccounts();
  const usable = (accounts.data ?? []).filter((a) => a.status === "active");
  const byId = accountsById(accounts.data);
  const [effectiveDate, setEffectiveDate] = useState(defaultDate);
  const [memo, setMemo] = useState("");
  const [lines, setLines] = useState<LineValues[]>([
    { key: 1, accountId: "", memo: "", debit: "", credit: "" },
    { key: 2, accountId: "", memo: "", debit: "", credit: "" },
  ]);
  const [errors, setErrors] = useState<Errors>({});
  const [result, setResult] = useState<ActionResult | null>(null);
  const totals = totalsOf(lines, byId, amounts.parse);
  const balanced = totals.length > 0 && totals.every((t) => t.debit === t.credit && t.debit > 0n);

  const post = useMutation(
    trpc.ledger.postEntry.mutationOptions({
      onSuccess: async (outcome) => {
        keys.current.settle();
        setErrors({});
        setMemo("");
        setLines([
          { key: nextKey.current++, accountId: "", memo: "", debit: "", credit: "" },
          { key: nextKey.current++, accountId: "", memo: "", debit: "", credit: "" },
        ]);
        setResult(successResult(outcome, { href: `/ledger/entries/${outcome.state.id}`, label: `Open ${outcome.state.number}` }));
        await queryClient.invalidateQueries();
      },
      onError: (error) => {
        const failure = failureReport(error, { title: "The entry was not posted", unreachable });
        setErrors(byPlace(failure.byPath));
        setResult(failure.result);
      },
    }),
  );

  function updateLine(key: number, change: Partial<LineValues>) {
    setLines((current) => current.map((line) => (line.key === key ? { ...line, ...change } : line)));
    setErrors({});
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (post.isPending) return;
    setResult(null);
    const local: Errors = {};
    const parsedLines = lines.map((line, index) => {
      const currency = byId.get(line.accountId)?.currency ?? "EUR";
      const amount = (text: string) => {
        if (!text.trim()) return 0n;
        const minor = amounts.parse(text, currency);
        if (minor === null || minor < 0n) (local[`lines.${index}.amount`] ??= []).push(amounts.refusal(text, currency, { min: 0n }));
        return minor ?? 0n;
      };
      return { accountId: line.accountId, debitMinor: amount(line.debit), creditMinor: amount(line.credit), memo: line.memo.trim() || null };
    });
    const date = readDateField(event.currentTarget, "effectiveDate");
    const dateProblem = dateEntryProblem(date, { required: true });
    if (dateProblem) local.effectiveDate = [dateProblem];
    const parsed = postManualJournalEntryInput.safeParse({ effectiveDate: date.text, memo, lines: parsedLines });
    // Whether the lines balance is the server's call (ENTRY_UNBALANCED): the totals above only preview it.
    const all = parsed.success ? local : { ...byPlace(issuesByPath(parsed.error)), ...local };
    if (!parsed.success || Object.keys(all).length > 0) {
      setErrors(all);
      return;
    }
    setErrors({});
    post.mutate({ ...parsed.data, idempotencyKey: keys.current.keyFor(parsed.data) });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label="New journal entry" className="flex flex-col gap-4">
      <ActionOutcome result={result} />
      <Panel title="Entry" bodyClassName="grid grid-cols-1 gap-x-4 gap-y-3 p-4 sm:grid-cols-12">
        <DateField
          label="Effective date"
          name="effectiveDate"
          required
          errors={errors.effectiveDate}
          hint="It must fall in an open period."
          className="sm:col-span-3"
          value={effectiveDate}
          onChange={(text) => {
            setEffectiveDate(text);
            setErrors(({ effectiveDate: _, ...rest }) => rest);
          }}
        />
        <Field label="Memo" errors={errors.memo} hint="Why the entry is made; it shows in every account's ledger." className="sm:col-span-9">
          {(control) => <Input {...control} name="memo" autoComplete="off" value={memo} onChange={(e) => setMemo(e.target.value)} />}
        </Field>
      </Panel>

      <Panel
        title="Lines"
        actions={
          <Button
            size="sm"
            disabled={!hydrated || lines.length >= 100}
            onClick={() => setLines((current) => [...current, { key: nextKey.current++, accountId: "", memo: "", debit: "", credit: "" }])}
          >
            <PlusIcon className="size-3.5" />
            Add line
          </Button>
        }
      >
        <div className="flex flex-col divide-y divide-zinc-100">
          {lines.map((line, index) => {
            const account = byId.get(line.accountId);
            const digits = account ? minorDigits(account.currency) : 2;
            return (
              <fieldset key={line.key} className="grid grid-cols-1 items-start gap-x-3 gap-y-2 px-4 py-3 sm:grid-cols-[2rem_minmax(0,3fr)_minmax(0,2fr)_8.5rem_8.5rem_2rem]" aria-label={`Line ${index + 1}`}>
                <span className="pt-7 text-xs text-zinc-400 tabular-nums">{index + 1}</span>
                <Field label="Account" errors={errors[`lines.${index}.accountId`]}>
                  {(control) => (
                    <NativeSelect {...control} value={line.accountId} onChange={(e) => updateLine(line.key, { accountId: e.target.value })}>
                      <option value="">Choose an account…</option>
                      {usable.map((a) => (
                        <option key={a.id} value={a.id}>
                          {accountLabel(a)} ({a.currency})
                        </option>
                      ))}
                    </NativeSelect>
                  )}
                </Field>
                <Field label="Line memo" errors={errors[`lines.${index}.memo`]}>
                  {(control) => <Input {...control} autoComplete="off" placeholder="Optional" value={line.memo} onChange={(e) => updateLine(line.key, { memo: e.target.value })} />}
                </Field>
                <Field label="Debit" errors={errors[`lines.${index}.amount`]}>
                  {(control) => <AmountInput {...control} digits={digits} value={line.debit} onChange={(e) => updateLine(line.key, { debit: e.target.value })} />}
                </Field>
                <Field label="Credit">
                  {(control) => <AmountInput {...control} digits={digits} value={line.credit} onChange={(e) => updateLine(line.key, { credit: e.target.value })} />}
                </Field>
                <Button
                  variant="ghost"
                  size="sm"
                  className="mt-6 size-8 px-0"
                  aria-label={`Remove line ${index + 1}`}
                  title="Remove line"
                  disabled={!hydrated || lines.length <= 2}
                  onClick={() => setLines((current) => current.filter((l) => l.key !== line.key))}
                >
                  <XIcon className="size-3.5" />
                </Button>
              </fieldset>
            );
          })}
        </div>
        <div className="flex flex-wrap items-start justify-between gap-3 border-t border-zinc-200 bg-zinc-50 px-4 py-3" aria-live="polite" data-testid="entry-totals">
          <div className="flex flex-col gap-1">
            {totals.length === 0 ? <span className="text-xs text-zinc-500">Choose accounts and amounts to see the totals.</span> : null}
            {totals.map((t) => {
              const difference = t.debit - t.credit;
              return (
                <div key={t.currency} className="flex flex-wrap items-center gap-x-4 gap-y-1 text-[13px] tabular-nums">
                  <span className="w-10 font-mono text-xs text-zinc-500">{t.currency}</span>
                  <span>
                    Debits <span className="font-medium">{formatMinor(t.debit, t.currency, { withCurrency: false })}</span>
                  </span>
                  <span>
                    Credits <span className="font-medium">{formatMinor(t.credit, t.currency, { withCurrency: false })}</span>
                  </span>
                  <span className={cn(difference === 0n ? "text-zinc-500" : "font-medium text-amber-800")}>
                    Difference {formatMinor(difference < 0n ? -difference : difference, t.currency, { withCurrency: false })}
                  </span>
                </div>
              );
            })}
            {errors.lines ? (
              <div className="text-xs text-red-600" role="alert">
                {errors.lines.map((m) => (
                  <p key={m}>{m}</p>
                ))}
              </div>
            ) : null}
          </div>
          <div className="flex items-center gap-3">
            {balanced ? <Badge tone="green">Balanced</Badge> : <Badge tone="amber">Not balanced</Badge>}
            <Button type="submit" variant="primary" disabled={!hydrated || post.isPending}>
              {post.isPending ? "Posting…" : "Post entry"}
            </Button>
          </div>
        </div>
      </Panel>
    </form>
  );
}
