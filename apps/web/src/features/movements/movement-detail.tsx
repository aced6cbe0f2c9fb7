"use client";

import type { RouterOutputs } from "@closebook/api";
import { cancelMovementInput } from "@closebook/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState, type ReactNode } from "react";
import { DateText } from "@/components/date-text";
import { failureReport, successResult, type ActionResult } from "@/lib/action-result";
import { plural } from "@/lib/format";
import { accountLabel, accountsById, useAccounts, useCounterparties } from "@/lib/reference-data";
import { roleLabel } from "@/lib/roles";
import { movementKindLabels } from "@/lib/status-labels";
import { useHydrated } from "@/lib/use-hydrated";
import { useTRPC } from "@/trpc/react-provider";
import { ActionOutcome } from "@/components/action-outcome";
import { Amount } from "@/components/amount";
import { AuditEventsList } from "@/features/audit/audit-events-list";
import { EntryLinesTable } from "@/features/ledger/entry-lines-table";
import { MovementDecision } from "@/features/movements/movement-decision";
import { MovementRequestForm } from "@/features/movements/movement-request-form";
import { MovementWarnings } from "@/features/movements/movement-warnings";
import { PageHeader } from "@/components/layout/page-header";
import { QueryStatus } from "@/components/query-status";
import { ReasonForm } from "@/components/reason-form";
import { MovementStatusBadge } from "@/components/status-badges";
import { Badge } from "@/components/ui/badge";
import { VerdictButton, type ActionVerdict } from "@/components/action-verdict";
import { DetailList } from "@/components/ui/detail-list";
import { Panel } from "@/components/ui/panel";

type Detail = RouterOutputs["movements"]["byId"];
type Movement = Detail["movement"];

export interface MovementViewer {
  userId: string;
}

/** One movement: what it moves, its approval timeline and progress, the decision, its entry and audit trail. */
export function MovementDetail({ movementId, viewer }: { movementId: string; viewer: MovementViewer }) {
  const trpc = useTRPC();
  const detail = useQuery(trpc.movements.byId.queryOptions({ movementId }));
  const accounts = accountsById(useAccounts().data);
  const vendors = useCounterparties("vendor");
  const [result, setResult] = useState<ActionResult | null>(null);
  const [revising, setRevising] = useState(false);
  const hydrated = useHydrated();

  if (!detail.data) {
    return (
      <>
        <PageHeader eyebrow="Movements" title="Movement" />
        <QueryStatus error={detail.error} loading what="the movement" />
      </>
    );
  }

  const { movement, entry, audit, names } = detail.data;
  const nameOf = (userId: string) => names[userId] ?? (userId === viewer.userId ? "You" : "A member");
  const account = (id: string) => {
    const found = accounts.get(id);
    return found ? (
      <Link href={`/ledger/accounts/${id}`} className="text-brand-600 hover:underline">
        {accountLabel(found)}
      </Link>
    ) : (
      "—"
    );
  };
  const vendor = movement.counterpartyId ? (vendors.data?.items.find((v) => v.id === movement.counterpartyId)?.name ?? "—") : null;
  const pending = movement.status === "pending_approval";
  const { revisedFrom, revisedBy } = detail.data;

  return (
    <>
      <PageHeader eyebrow="Movements" title={movement.number} description={movement.description} actions={<MovementStatusBadge status={movement.status} />} />
      <div className="grid items-start gap-4 p-6 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="flex min-w-0 flex-col gap-4">
          {result ? (
            <div className="flex flex-col gap-2">
              <ActionOutcome result={result} />
            </div>
          ) : null}
          <MovementWarnings warnings={movement.warnings} />
          {revising ? (
            <Panel title={`Revise ${movement.number}`} bodyClassName="p-4">
              <MovementRequestForm revise={{ movement, number: movement.number }} onClose={() => setRevising(false)} />
            </Panel>
          ) : null}
          <Panel title="Summary">
            <DetailList
              items={[
                { label: "Kind", value: movementKindLabels[movement.kind] },
                { label: "Amount", value: <Amount minor={movement.amountMinor} currency={movement.currency} className="font-semibold" /> },
                { label: "Effective date", value: <DateText date={movement.effectiveDate} /> },
                { label: "From", value: account(movement.sourceAccountId) },
                { label: movement.kind === "transfer" ? "To" : "Posted against", value: account(movement.destinationAccountId) },
                ...(vendor ? [{ label: "Vendor", value: vendor }] : []),
                {
                  label: "Requested by",
                  value: (
                    <>
                      {nameOf(movement.requestedBy)}, <DateText date={movement.createdAt} withTime />
                    </>
                  ),
                },
                { label: "Approval rule", value: approvalRule(movement) },
                ...(movement.decisionReason ? [{ label: movement.status === "cancelled" ? "Cancellation reason" : "Rejection reason", value: movement.decisionReason }] : []),
                ...(revisedFrom ? [{ label: "Revises", value: <MovementLink link={revisedFrom} testId="revised-from" suffix="(rejected)" /> }] : []),
                ...(revisedBy ? [{ label: "Revised by", value: <MovementLink link={revisedBy} testId="revised-by" /> }] : []),
              ]}
            />
          </Panel>
          <Panel title="Posted entry">
            {entry ? (
              <>
                <p className="px-4 pt-3 pb-2 text-[13px] text-zinc-600">
                  Posted as{" "}
                  <Link href={`/ledger/entries/${entry.id}`} className="font-mono font-medium text-brand-600 hover:underline">
                    {entry.number}
                  </Link>{" "}
                  on <DateText date={entry.effectiveDate} />.
                </p>
                <EntryLinesTable entry={entry} />
              </>
            ) : (
              <p className="px-4 py-3 text-[13px] text-zinc-500">{pending ? "Posted to the ledger once all approvals are given." : "Nothing was posted."}</p>
            )}
          </Panel>
          <Panel title="Audit trail">
            <AuditEventsList events={audit} showEntity={false} />
          </Panel>
        </div>

        <div className="flex flex-col gap-4">
          <Panel title="Approvals" actions={<span className="text-xs text-zinc-500 tabular-nums" data-testid="approval-progress">{`${movement.progress.given} of ${plural(movement.progress.required, "approval")}`}</span>}>
            <ApprovalTimeline detail={detail.data} nameOf={nameOf} />
          </Panel>
          <Panel title="Actions" bodyClassName="flex flex-col gap-3 p-4">
            <MovementDecision movementId={movement.id} number={movement.number} actions={movement.allowedActions} onResult={setResult} linkToMovement={false} />
            <CancelMovement movementId={movement.id} number={movement.number} verdict={movement.allowedActions.cancel} onResult={setResult} />
            <div className="border-t border-zinc-100 pt-3">
              <VerdictButton verdict={detail.data.revise} disabled={!hydrated || revising} onClick={() => setRevising(true)}>
                Revise…
              </VerdictButton>
            </div>
          </Panel>
        </div>
      </div>
    </>
  );
}

function approvalRule(movement: Movement): string {
  return `${plural(movement.requiredApprovals, "approval")} from ${roleLabel(movement.minimumApproverRole).toLowerCase()}s or above${movement.requiresController ? ", one of them a controller" : ""}`;
}

function TimelineStep({ tone, title, when, children }: { tone: "done" | "waiting" | "stopped"; title: ReactNode; when?: Date | undefined; children?: ReactNode }) {
  const dot = tone === "done" ? "bg-emerald-500" : tone === "waiting" ? "bg-amber-400" : "bg-red-500";
  return (
    <li className="relative pb-4 pl-4 last:pb-0">
      <span aria-hidden="true" className={`absolute top-1.5 -left-[4.5px] size-2 rounded-full ring-2 ring-white ${dot}`} />
      <div className="text-[13px] text-zinc-900">{title}</div>
      {when ? <div className="text-xs text-zinc-500 tabular-nums"><DateText date={when} withTime /></div> : null}
      {children ? <div className="mt-0.5 text-xs text-zinc-600">{children}</div> : null}
    </li>
  );
}

/** Requested → each approval (who, role, when) → waiting, posted, rejected or cancelled. */
function ApprovalTimeline({ detail, nameOf }: { detail: Detail; nameOf: (userId: string) => string }) {
  const { movement, entry, audit } = detail;
  const event = (action: string) => audit.find((e) => e.action === action);
  const ended = event(`movement.${movement.status}`);
  const { progress } = movement;
  return (
    <ol className="mx-4 my-3 ml-6 border-l border-zinc-200" aria-label="Approval timeline">
      <TimelineStep tone="done" title={<>Requested by <span className="font-medium">{nameOf(movement.requestedBy)}</span></>} when={movement.createdAt} />
      {movement.approvals.map((approval, index) => (
        <TimelineStep
          key={approval.id}
          tone="done"
          title={
            <>
              Approved by <span className="font-medium">{nameOf(approval.approverId)}</span> <Badge>{roleLabel(approval.approverRole)}</Badge>
            </>
          }
          when={approval.createdAt}
        >
          {`${index + 1} of ${plural(progress.required, "approval")}`}
        </TimelineStep>
      ))}
      {movement.status === "pending_approval" ? (
        <TimelineStep tone="waiting" title={`Awaiting ${plural(progress.remaining, "more approval")}${progress.controllerNeeded ? " (a controller's)" : ""}`} />
      ) : movement.status === "posted" || movement.status === "approved" ? (
        <TimelineStep
          tone="done"
          title={
            entry ? (
              <>
                Posted as{" "}
                <Link href={`/ledger/entries/${entry.id}`} className="font-mono font-medium text-brand-600 hover:underline">
                  {entry.number}
                </Link>
              </>
            ) : (
              "Approved"
            )
          }
          when={ended?.createdAt ?? entry?.postedAt}
        />
      ) : (
        <TimelineStep
          tone="stopped"
          title={
            <>
              {movement.status === "rejected" ? "Rejected" : "Cancelled"}
              {ended?.actorName ? (
                <>
                  {" "}
                  by <span className="font-medium">{ended.actorName}</span>
                </>
              ) : null}
            </>
          }
          when={ended?.createdAt}
        >
          {movement.decisionReason}
        </TimelineStep>
      )}
    </ol>
  );
}

/** Another movement, by number, linked. */
function MovementLink({ link, testId, suffix }: { link: { id: string; number: string }; testId: string; suffix?: string }) {
  return (
    <span data-testid={testId}>
      <Link href={`/movements/${link.id}`} className="font-mono font-medium text-brand-600 hover:underline">
        {link.number}
      </Link>
      {suffix ? <span className="text-zinc-500"> {suffix}</span> : null}
    </span>
  );
}

/** Withdraws a movement still waiting for approval, when the server allows it (its requester, or an admin). */
function CancelMovement({ movementId, number, verdict, onResult }: { movementId: string; number: string; verdict: ActionVerdict; onResult: (result: ActionResult) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  const cancel = useMutation(
    trpc.movements.cancel.mutationOptions({
      onSuccess: async (outcome) => {
        setOpen(false);
        onResult(successResult(outcome));
        await queryClient.invalidateQueries();
      },
      onError: (error) => onResult(failureReport(error, { title: `${number} was not cancelled`, unreachable: "Could not reach Closebook. Cancel again to retry." }).result),
    }),
  );
  if (!open) {
    return (
      <div className="border-t border-zinc-100 pt-3">
        <VerdictButton verdict={verdict} disabled={!hydrated} onClick={() => setOpen(true)}>
          Cancel request…
        </VerdictButton>
      </div>
    );
  }
  return (
    <div className="border-t border-zinc-100 pt-3">
      <ReasonForm
        ariaLabel={`Cancel ${number}`}
        label="Reason (optional)"
        submitLabel="Cancel request"
        pendingLabel="Cancelling…"
        schema={cancelMovementInput}
        toInput={(reason) => ({ movementId, reason: reason.trim() || null })}
        submit={(input) => cancel.mutateAsync(input)}
        onCancel={() => setOpen(false)}
      />
    </div>
  );
}
