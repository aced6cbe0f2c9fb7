"use client";

import type { RouterOutputs } from "@closebook/api";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { formatDay, formatTimestamp } from "@/lib/format";
import { accountLabel, accountsById, useAccounts } from "@/lib/reference-data";
import { useTRPC } from "@/trpc/react-provider";
import { ActionOutcome } from "@/components/action-outcome";
import { Amount } from "@/components/amount";
import { IssueChargeButton, VoidChargeAction } from "@/features/charges/charge-actions";
import { ChargePaymentForm } from "@/features/charges/charge-payment-form";
import { JournalEntriesTable } from "@/features/ledger/journal-entries-table";
import { PageHeader } from "@/components/layout/page-header";
import { QueryStatus } from "@/components/query-status";
import { ChargeStatusBadge } from "@/components/status-badges";
import { DetailList } from "@/components/ui/detail-list";
import { EmptyMessage, Panel } from "@/components/ui/panel";
import { Table, TableCell, TableHead } from "@/components/ui/table";

export type ChargeDetailData = RouterOutputs["charges"]["byId"];

export interface ChargePermissions {
  issue: boolean;
  recordPayment: boolean;
  void: boolean;
}

/** One charge: its amounts and remaining balance, payments, journal entries, and what can be done with it now. */
export function ChargeDetail({ chargeId, can }: { chargeId: string; can: ChargePermissions }) {
  const trpc = useTRPC();
  const detail = useQuery(trpc.charges.byId.queryOptions({ chargeId }));
  const accounts = useAccounts();
  const [result, setResult] = useState<ActionResult | null>(null);

  if (!detail.data) {
    return (
      <>
        <PageHeader eyebrow="Charges" title="Charge" />
        <QueryStatus error={detail.error} loading what="the charge" />
      </>
    );
  }

  const { charge, payments, entries, remainingMinor } = detail.data;
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
  const canVoid = can.void && (charge.status === "draft" || charge.status === "issued") && charge.paidMinor === 0n;
  const canIssue = can.issue && charge.status === "draft";
  const canPay = can.recordPayment && charge.status === "issued";

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
          <Panel title="Summary">
            <DetailList
              items={[
                { label: "Customer", value: charge.customerName },
                { label: "Amount", value: <Amount minor={charge.amountMinor} currency={charge.currency} className="font-semibold" /> },
                { label: "Paid", value: <Amount minor={charge.paidMinor} currency={charge.currency} /> },
                {
                  label: "Remaining",
                  value: charge.status === "void" ? "— (void)" : <Amount minor={remainingMinor} currency={charge.currency} className="font-semibold" />,
                },
                { label: "Issue date", value: formatDay(charge.issueDate) },
                { label: "Due date", value: formatDay(charge.dueDate) },
                { label: "Receivable account", value: named(charge.receivableAccountId) },
                { label: "Revenue account", value: named(charge.revenueAccountId) },
                { label: "Created", value: formatTimestamp(charge.createdAt) },
                ...(charge.voidReason ? [{ label: "Void reason", value: charge.voidReason }] : []),
              ]}
            />
          </Panel>
          <Panel title="Payments">
            {payments.length ? (
              <Table caption="Payments">
                <thead>
                  <tr>
                    <TableHead>Reference</TableHead>
                    <TableHead className="w-28">Received</TableHead>
                    <TableHead>Bank account</TableHead>
                    <TableHead className="w-40">Entry</TableHead>
                    <TableHead align="right" className="w-36">
                      Amount
                    </TableHead>
                  </tr>
                </thead>
                <tbody>
                  {payments.map((payment) => (
                    <tr key={payment.id}>
                      <TableCell className="font-mono">{payment.reference}</TableCell>
                      <TableCell className="tabular-nums">{formatDay(payment.receivedOn)}</TableCell>
                      <TableCell>{named(payment.bankAccountId)}</TableCell>
                      <TableCell className="font-mono whitespace-nowrap">
                        <Link href={`/ledger/entries/${payment.entryId}`} className="text-brand-600 hover:underline">
                          {entries.find((e) => e.id === payment.entryId)?.number ?? "Open"}
                        </Link>
                      </TableCell>
                      <TableCell numeric>
                        <Amount minor={payment.amountMinor} currency={charge.currency} />
                      </TableCell>
                    </tr>
                  ))}
                </tbody>
              </Table>
            ) : (
              <EmptyMessage>{charge.status === "draft" ? "Issue the charge to record payments against it." : "No payments recorded."}</EmptyMessage>
            )}
          </Panel>
          <Panel title="Journal entries">
            {entries.length ? <JournalEntriesTable entries={entries} caption="Journal entries of this charge" /> : <EmptyMessage>Nothing posted yet: a draft posts when it is issued.</EmptyMessage>}
          </Panel>
        </div>

        <Panel title="Actions" bodyClassName="flex flex-col gap-4 p-4">
          {canIssue ? <IssueChargeButton chargeId={charge.id} onResult={setResult} /> : null}
          {canPay ? <ChargePaymentForm charge={charge} remainingMinor={remainingMinor} accounts={accounts.data ?? []} onResult={setResult} /> : null}
          {canVoid ? <VoidChargeAction chargeId={charge.id} issued={charge.status === "issued"} onResult={setResult} /> : null}
          {!canIssue && !canPay && !canVoid ? (
            <p className="text-[13px] text-zinc-500">
              {charge.status === "paid" ? "Paid in full: nothing left to do." : charge.status === "void" ? "This charge is void." : "Your role cannot act on this charge."}
            </p>
          ) : null}
        </Panel>
      </div>
    </>
  );
}
