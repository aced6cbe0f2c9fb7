"use client";

import { reverseJournalEntryInput } from "@closebook/core";
import { skipToken, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { DateText } from "@/components/date-text";
import { failureReport, successResult, type ActionResult } from "@/lib/action-result";
import { entrySourceStyles } from "@/lib/status-labels";
import { useHydrated } from "@/lib/use-hydrated";
import { useTRPC } from "@/trpc/react-provider";
import { ActionOutcome } from "@/components/action-outcome";
import { EntryLinesTable } from "@/features/ledger/entry-lines-table";
import type { JournalEntry } from "@/features/ledger/journal-entry-columns";
import { PageHeader } from "@/components/layout/page-header";
import { QueryStatus } from "@/components/query-status";
import { ReasonForm } from "@/components/reason-form";
import { EntrySourceBadge } from "@/components/status-badges";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DetailList } from "@/components/ui/detail-list";
import { Panel } from "@/components/ui/panel";

/** Where the document that posted an entry is shown. */
function sourceHref(entry: JournalEntry): string | null {
  if (!entry.sourceId) return null;
  if (entry.source === "movement") return `/movements/${entry.sourceId}`;
  if (entry.source === "charge_issued" || entry.source === "charge_payment" || entry.source === "charge_void") return `/charges/${entry.sourceId}`;
  if (entry.source === "reversal") return `/ledger/entries/${entry.sourceId}`;
  return null;
}

/** One journal entry: its lines, what posted it, its reversal links, and (controllers, manual entries) Reverse. */
export function JournalEntryDetail({ entryId, canReverse }: { entryId: string; canReverse: boolean }) {
  const trpc = useTRPC();
  const detail = useQuery(trpc.ledger.entry.queryOptions({ entryId }));
  const reversesId = detail.data?.reversesEntryId ?? null;
  const reverses = useQuery(trpc.ledger.entry.queryOptions(reversesId ? { entryId: reversesId } : skipToken));
  const [result, setResult] = useState<ActionResult | null>(null);

  if (!detail.data) {
    return (
      <>
        <PageHeader eyebrow="Ledger" title="Journal entry" />
        <QueryStatus error={detail.error} loading what="the journal entry" />
      </>
    );
  }
  const entry = detail.data;
  const source = sourceHref(entry);
  const reversible = (entry.source === "manual" || entry.source === "reversal") && !entry.reversedByEntryId;

  return (
    <>
      <PageHeader
        eyebrow="Ledger · journal entry"
        title={entry.number}
        description={entry.memo}
        actions={
          <>
            <EntrySourceBadge source={entry.source} />
            {entry.reversedByEntryId ? <Badge tone="red">Reversed</Badge> : null}
          </>
        }
      />
      <div className="grid items-start gap-4 p-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="flex min-w-0 flex-col gap-4">
          {result ? (
            <div className="flex flex-col gap-2">
              <ActionOutcome result={result} />
            </div>
          ) : null}
          <Panel title="Lines">
            <EntryLinesTable entry={entry} />
          </Panel>
          <Panel title="Details">
            <DetailList
              items={[
                { label: "Effective date", value: <DateText date={entry.effectiveDate} /> },
                { label: "Fiscal year", value: entry.fiscalYear },
                { label: "Posted", value: <DateText date={entry.postedAt} withTime /> },
                {
                  label: "Source",
                  value: source ? (
                    <Link href={source} className="text-brand-600 hover:underline">
                      {entrySourceStyles[entry.source].label}: open the document
                    </Link>
                  ) : (
                    entrySourceStyles[entry.source].label
                  ),
                },
                {
                  label: "Reverses",
                  value: entry.reversesEntryId ? (
                    <Link href={`/ledger/entries/${entry.reversesEntryId}`} className="font-mono text-brand-600 hover:underline">
                      {reverses.data?.number ?? "the original entry"}
                    </Link>
                  ) : (
                    "—"
                  ),
                },
                {
                  label: "Reversed by",
                  value: entry.reversedByEntryId ? (
                    <Link href={`/ledger/entries/${entry.reversedByEntryId}`} className="font-mono text-brand-600 hover:underline">
                      {entry.reversedByNumber ?? "the reversal"}
                    </Link>
                  ) : (
                    "—"
                  ),
                },
              ]}
            />
          </Panel>
        </div>
        {canReverse ? (
          <Panel title="Correct this entry" bodyClassName="p-4">
            {reversible ? (
              <ReverseEntry entryId={entry.id} number={entry.number} onResult={setResult} />
            ) : (
              <p className="text-[13px] text-zinc-500">
                {entry.reversedByEntryId
                  ? `Already reversed by ${entry.reversedByNumber ?? "another entry"}.`
                  : "Entries posted by charges and movements are corrected through those documents (for example by voiding the charge)."}
              </p>
            )}
          </Panel>
        ) : null}
      </div>
    </>
  );
}

function ReverseEntry({ entryId, number, onResult }: { entryId: string; number: string; onResult: (result: ActionResult) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  const reverse = useMutation(
    trpc.ledger.reverseEntry.mutationOptions({
      onSuccess: async (outcome) => {
        setOpen(false);
        onResult(successResult(outcome, { href: `/ledger/entries/${outcome.state.id}`, label: `Open ${outcome.state.number}` }));
        await queryClient.invalidateQueries();
      },
      onError: (error) => onResult(failureReport(error, { title: `${number} was not reversed`, unreachable: "Could not reach Closebook. Reverse again to retry: it is reversed once." }).result),
    }),
  );
  if (!open) {
    return (
      <div className="flex flex-col gap-2">
        <p className="text-xs text-zinc-500">Reversing posts the mirror image of this entry today, linked to it.</p>
        <Button disabled={!hydrated} onClick={() => setOpen(true)}>
          Reverse entry…
        </Button>
      </div>
    );
  }
  return (
    <ReasonForm
      ariaLabel={`Reverse ${number}`}
      label="Reason for reversing"
      submitLabel="Reverse entry"
      pendingLabel="Reversing…"
      schema={reverseJournalEntryInput}
      toInput={(reason) => ({ entryId, reason })}
      submit={(input) => reverse.mutateAsync(input)}
      onCancel={() => setOpen(false)}
    />
  );
}
