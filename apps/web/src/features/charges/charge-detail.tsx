"use client";

import type { RouterOutputs } from "@closebook/api";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useState, type ReactNode } from "react";
import { DateText } from "@/components/date-text";
import { LocalDataTable } from "@/components/data-table/local-data-table";
import { chargePaymentColumns, chargePaymentTotals } from "@/features/charges/charge-payment-columns";
import type { ActionResult } from "@/lib/action-result";
import { accountLabel, accountsById, useAccounts } from "@/lib/reference-data";
import { useTRPC } from "@/trpc/react-provider";
import { ActionOutcome } from "@/components/action-outcome";
import { Amount } from "@/components/amount";
import type { ActionVerdict } from "@closebook/core";
import { VerdictButton } from "@/components/action-verdict";
import { IssueChargeButton, VoidChargeAction } from "@/features/charges/charge-actions";
import { chargeActionLabels, type ChargeActionName as ChargeAction } from "@/features/charges/charge-row-actions";
import { DiscardDraftDialog } from "@/features/charges/charge-discard-dialog";
import { ChargeDraftEditForm } from "@/features/charges/charge-draft-edit-form";
import { ChargePaymentForm } from "@/features/charges/charge-payment-form";
import { CreditNoteDialog } from "@/features/charges/credit-note-dialog";
import { Button } from "@/components/ui/button";
import { JournalEntriesTable } from "@/features/ledger/journal-entries-table";
import { PageHeader } from "@/components/layout/page-header";
import { QueryStatus } from "@/components/query-status";
import { ChargeStatusBadge } from "@/components/status-badges";
import { DetailList } from "@/components/ui/detail-list";
import { EmptyMessage, Panel } from "@/components/ui/panel";

export type ChargeDetailData = RouterOutputs["charges"]["byId"];

/**
 * One charge: its amounts and what is open, payments, journal entries, and its actions as the
 * server's `allowedActions` say (a refused one disabled, with the server's reason).
 */
export function ChargeDetail({ chargeId }: { chargeId: string }) {
  const trpc = useTRPC();
  const detail = useQuery(trpc.charges.byId.queryOptions({ chargeId }));
  const accounts = useAccounts();
  const [result, setResult] = useState<ActionResult | null>(null);
  // A list row's action menu opens the charge with that action's form (`?action=editDraft`).
  const requested = useSearchParams().get("action");
  const [editing, setEditing] = useState(requested === "editDraft");

  if (!detail.data) {
    return (
      <>
        <PageHeader eyebrow="Charges" title="Charge" />
        <QueryStatus error={detail.error} loading what="the charge" />
      </>
    );
  }

  const { charge, payments, entries, remainingMinor, allowedActions } = detail.data;
  const byId = accountsById(accounts.data);
  const named = (id: string) => {
    const account = byId.get(id);
    return account ? (
      <Link href={`/ledger/accounts/${id}`} className="text-brand-600 hover:underline">
        {accountLabel(account)}
      </Link>
    ) : (
      "—"
    );
  };
  const control: Record<ChargeAction, () => ReactNode> = {
    issue: () => <IssueChargeButton chargeId={charge.id} onResult={setResult} />,
    recordPayment: () => <ChargePaymentForm charge={charge} remainingMinor={remainingMinor} accounts={accounts.data ?? []} onResult={setResult} />,
    editDraft: () => (
      <Button className="w-full" disabled={editing} onClick={() => setEditing(true)}>
        Edit draft
      </Button>
    ),
    discardDraft: () => <DiscardDraftDialog chargeId={charge.id} description={charge.description} defaultOpen={requested === "discardDraft"} />,
    creditNote: () => <CreditNoteDialog charge={charge} openMinor={remainingMinor} onResult={setResult} defaultOpen={requested === "creditNote"} />,
    void: () => <VoidChargeAction chargeId={charge.id} issued={charge.status === "issued"} onResult={setResult} />,
  };
  const verdicts = chargeActionLabels.map(([action, label]) => ({ action, label, verdict: allowedActions[action] as ActionVerdict }));
  const allowed = verdicts.filter((v) => v.verdict.allowed);
  const refused = verdicts.flatMap((v) => (v.verdict.allowed ? [] : [{ ...v, verdict: v.verdict }]));

  return (
    <>
      <PageHeader
        eyebrow="Charges"
        title={charge.number ?? "Draft charge"}
        description={`${charge.customerName}: ${charge.description}`}
        actions={<ChargeStatusBadge status={charge.status} />}
      />
      <div className="grid items-start gap-4 p-6 xl:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="flex min-w-0 flex-col gap-4">
          {result ? (
            <div className="flex flex-col gap-2">
              <ActionOutcome result={result} />
            </div>
          ) : null}
          {editing && allowedActions.editDraft.allowed ? (
            <Panel title="Edit the draft" bodyClassName="p-4">
              <ChargeDraftEditForm charge={charge} onDone={() => setEditing(false)} onResult={setResult} />
            </Panel>
          ) : null}
          <Panel title="Summary">
            <DetailList
              items={[
                {
                  label: "Customer",
                  value: (
                    <Link href={`/counterparties/${charge.customerId}`} className="text-brand-600 hover:underline">
                      {charge.customerName}
                    </Link>
                  ),
                },
                { label: "Amount", value: <Amount minor={charge.amountMinor} currency={charge.currency} className="font-semibold" /> },
                { label: "Paid", value: <Amount minor={charge.paidMinor} currency={charge.currency} /> },
                ...(charge.creditedMinor > 0n ? [{ label: "Credited", value: <Amount minor={charge.creditedMinor} currency={charge.currency} /> }] : []),
                {
                  label: "Remaining",
                  value: charge.status === "void" ? "— (void)" : <Amount minor={remainingMinor} currency={charge.currency} className="font-semibold" />,
                },
                { label: "Issue date", value: <DateText date={charge.issueDate} /> },
                { label: "Due date", value: <DateText date={charge.dueDate} /> },
                { label: "Receivable account", value: named(charge.receivableAccountId) },
                { label: "Revenue account", value: named(charge.revenueAccountId) },
                { label: "Created", value: <DateText date={charge.createdAt} withTime /> },
                ...(charge.voidReason ? [{ label: "Void reason", value: charge.voidReason }] : []),
              ]}
            />
          </Panel>
          <Panel title="Payments">
            {payments.length ? (
              <LocalDataTable
                caption="Payments"
                columns={chargePaymentColumns(charge.currency, named, (entryId) => entries.find((e) => e.id === entryId)?.number)}
                data={payments}
                getRowId={(payment) => payment.id}
                noun={{ one: "payment", other: "payments" }}
                totals={chargePaymentTotals(charge.currency)}
                className="rounded-none border-0 shadow-none"
              />
            ) : (
              <EmptyMessage>{charge.status === "draft" ? "Issue the charge to record payments against it." : "No payments recorded."}</EmptyMessage>
            )}
          </Panel>
          <Panel title="Journal entries">
            {entries.length ? <JournalEntriesTable entries={entries} caption="Journal entries of this charge" /> : <EmptyMessage>Nothing posted yet: a draft posts when it is issued.</EmptyMessage>}
          </Panel>
        </div>

        <Panel title="Actions" bodyClassName="flex flex-col gap-4 p-4">
          {allowed.map(({ action }) => (
            <div key={action} className="flex flex-col gap-1.5 border-t border-zinc-100 pt-4 first:border-t-0 first:pt-0">
              {control[action]()}
            </div>
          ))}
          {allowed.length === 0 ? <p className="text-[13px] text-zinc-500">Nothing can be done with this charge now.</p> : null}
          {refused.length ? (
            <section aria-label="Not available now" className="flex flex-col gap-3 border-t border-zinc-100 pt-4">
              <p className="text-xs font-medium text-zinc-500 uppercase">Not available now</p>
              {refused.map(({ action, label, verdict }) => (
                <VerdictButton key={action} verdict={verdict} fullWidth>{label}</VerdictButton>
              ))}
            </section>
          ) : null}
        </Panel>
      </div>
    </>
  );
}
