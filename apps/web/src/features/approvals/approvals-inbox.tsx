"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { formatDay, formatTimestamp, plural } from "@/lib/format";
import { accountLabel, accountsById, useAccounts, useCounterparties } from "@/lib/reference-data";
import { movementKindLabels } from "@/lib/status-labels";
import { useTRPC } from "@/trpc/react-provider";
import { ActionOutcome } from "@/components/action-outcome";
import { Amount } from "@/components/amount";
import { MovementDecision } from "@/features/movements/movement-decision";
import { MovementWarnings } from "@/features/movements/movement-warnings";
import { QueryStatus } from "@/components/query-status";
import { Badge } from "@/components/ui/badge";
import { EmptyMessage, Panel } from "@/components/ui/panel";

/** The movements the signed-in person can approve or reject now, each decided inline. */
export function ApprovalsInbox({ canApprove }: { canApprove: boolean }) {
  const trpc = useTRPC();
  const inbox = useQuery(trpc.approvals.inbox.queryOptions());
  const accounts = accountsById(useAccounts().data);
  const vendors = new Map((useCounterparties("vendor").data?.items ?? []).map((v) => [v.id, v.name]));
  const [result, setResult] = useState<ActionResult | null>(null);
  const items = inbox.data ?? [];

  return (
    <div className="flex max-w-5xl flex-col gap-4 p-6">
      {result ? (
        <div className="flex flex-col gap-2">
          <ActionOutcome result={result} />
        </div>
      ) : null}
      <Panel title="Waiting for your decision" actions={inbox.data ? <span className="text-xs text-zinc-500 tabular-nums">{plural(items.length, "movement")}</span> : null}>
        <QueryStatus error={inbox.error} loading={!inbox.data} what="your approvals" />
        {inbox.data ? (
          items.length ? (
            <ul className="divide-y divide-zinc-100" aria-label="Approvals inbox">
              {items.map((m) => {
                const destination = accounts.get(m.destinationAccountId);
                const source = accounts.get(m.sourceAccountId);
                return (
                  <li key={m.id} className="flex flex-wrap items-start gap-x-6 gap-y-3 px-4 py-3" data-testid="inbox-item">
                    <div className="min-w-64 flex-1">
                      <div className="flex flex-wrap items-baseline gap-2">
                        <Link href={`/movements/${m.id}`} className="font-mono font-medium text-brand-600 hover:underline">
                          {m.number}
                        </Link>
                        <Badge>{movementKindLabels[m.kind]}</Badge>
                        <Amount minor={m.amountMinor} currency={m.currency} className="font-semibold text-zinc-900" />
                      </div>
                      <p className="mt-0.5 text-[13px] text-zinc-700">{m.description}</p>
                      <p className="mt-0.5 text-xs text-zinc-500">
                        {source ? accountLabel(source) : "—"} → {m.counterpartyId ? `${vendors.get(m.counterpartyId) ?? "vendor"} (${destination ? accountLabel(destination) : "—"})` : destination ? accountLabel(destination) : "—"}
                        {" · "}
                        <span className="whitespace-nowrap">effective {formatDay(m.effectiveDate)}</span>
                        {" · "}
                        <span className="whitespace-nowrap">requested by {m.requestedByName ?? "a former member"}, {formatTimestamp(m.createdAt)}</span>
                      </p>
                      <p className="mt-0.5 text-xs text-zinc-500">
                        {m.progress.given} of {plural(m.progress.required, "approval")} given
                        {m.progress.controllerNeeded ? " · a controller's approval is needed" : ""}
                      </p>
                      <MovementWarnings warnings={m.warnings} className="mt-2" />
                    </div>
                    <div className="w-full sm:w-80">
                      <MovementDecision movementId={m.id} number={m.number} onResult={setResult} />
                    </div>
                  </li>
                );
              })}
            </ul>
          ) : (
            <EmptyMessage>{canApprove ? "Nothing waits for your approval." : "Your role does not approve movements; approvers, controllers and admins do."}</EmptyMessage>
          )
        ) : null}
      </Panel>
    </div>
  );
}
