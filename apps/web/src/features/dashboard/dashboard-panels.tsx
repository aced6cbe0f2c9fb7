"use client";

import { useQuery } from "@tanstack/react-query";
import type { SortingState } from "@tanstack/react-table";
import Link from "next/link";
import { useState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { cn } from "@/lib/cn";
import { useTRPC } from "@/trpc/react-provider";
import { ActionOutcome } from "@/components/action-outcome";
import { Amount } from "@/components/amount";
import { AuditEventsList } from "@/features/audit/audit-events-list";
import { BalanceNote } from "@/features/accounts/balance-note";
import { QueryStatus } from "@/components/query-status";
import { TaskListItems } from "@/features/tasks/task-list-items";
import { DataTable } from "@/components/data-table/data-table";
import { EmptyMessage, Panel } from "@/components/ui/panel";
import { bankBalanceColumns } from "@/features/dashboard/bank-balance-columns";

const openLink = "text-xs font-medium text-brand-600 hover:underline";

/** The dashboard: approvals waiting for me, my open tasks, recent activity, cash per bank account, unread notifications. */
export function DashboardPanels({ meUserId }: { meUserId: string }) {
  const trpc = useTRPC();
  const summary = useQuery(trpc.dashboard.summary.queryOptions());
  const [result, setResult] = useState<ActionResult | null>(null);
  const [bankSorting, setBankSorting] = useState<SortingState>([]);
  const [bankPageSize, setBankPageSize] = useState(10);
  if (!summary.data) return <QueryStatus error={summary.error} loading what="the dashboard" />;
  // Which bank accounts are below their minimum is the server's judgement (shortfallMinor, warnings).
  const { pendingApprovals, openTasks, recentActivity, bankBalances, bankAccountsBelowMinimum, unreadNotifications } = summary.data;

  return (
    <div className="flex flex-col gap-4">
      {result ? (
        <div className="flex flex-col gap-2">
          <ActionOutcome result={result} />
        </div>
      ) : null}
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Stat label="Waiting for my approval" value={pendingApprovals.length} href="/approvals" />
        <Stat label="My open tasks" value={openTasks.length} href="/tasks" />
        <Stat label="Unread notifications" value={unreadNotifications} href="/notifications" testId="unread-notifications" />
        <Stat label="Bank accounts below minimum" value={bankAccountsBelowMinimum} href="/ledger/accounts" alert={bankAccountsBelowMinimum > 0} />
      </div>
      {/* Two columns from 1280 px: at 1024 px each panel takes the width, so the bank balances keep every column in view. */}
      <div className="grid items-start gap-4 xl:grid-cols-2">
        <Panel
          title="Waiting for my approval"
          actions={
            <Link href="/approvals" className={openLink}>
              Open inbox
            </Link>
          }
        >
          {pendingApprovals.length ? (
            <ul className="divide-y divide-zinc-100">
              {pendingApprovals.map((m) => (
                <li key={m.id} className="flex items-baseline gap-3 px-4 py-2.5">
                  <Link href={`/movements/${m.id}`} className="font-mono font-medium text-brand-600 hover:underline">
                    {m.number}
                  </Link>
                  <span className="min-w-0 flex-1 truncate text-zinc-700" title={m.description}>
                    {m.description}
                  </span>
                  <span className="text-xs text-zinc-500 tabular-nums">
                    {m.progress.given}/{m.progress.required}
                  </span>
                  <Amount minor={m.amountMinor} currency={m.currency} className="font-medium" />
                </li>
              ))}
            </ul>
          ) : (
            <EmptyMessage>Nothing waits for your approval.</EmptyMessage>
          )}
        </Panel>
        <Panel
          title="My open tasks"
          actions={
            <Link href="/tasks" className={openLink}>
              All tasks
            </Link>
          }
        >
          {openTasks.length ? <TaskListItems tasks={openTasks} meUserId={meUserId} onResult={setResult} /> : <EmptyMessage>No open tasks.</EmptyMessage>}
        </Panel>
        <Panel
          title="Bank balances"
          actions={
            <Link href="/ledger/accounts" className={openLink}>
              Chart of accounts
            </Link>
          }
        >
          <DataTable
            caption="Bank balances"
            className="rounded-none border-0 shadow-none"
            columns={bankBalanceColumns}
            data={bankBalances}
            getRowId={(bank) => bank.id}
            noun={{ one: "bank account", other: "bank accounts" }}
            loading={false}
            error={null}
            empty="No bank accounts yet."
            sorting={bankSorting}
            onSortingChange={setBankSorting}
            pageSize={bankPageSize}
            onPageSizeChange={setBankPageSize}
            summary={bankAccountsBelowMinimum ? `${bankAccountsBelowMinimum} below minimum` : "All at or above their minimum"}
            totals={[{ columnId: "balance", money: (bank) => ({ minor: bank.displayBalanceMinor, currency: bank.currency }) }]}
            rowAttributes={(bank) => ({ "data-shortfall": String(bank.shortfallMinor !== null), className: bank.shortfallMinor !== null ? "bg-red-50" : undefined })}
          />
          <BalanceNote className="border-t border-zinc-100 px-4 py-2" />
        </Panel>
        <Panel
          title="Recent activity"
          actions={
            <Link href="/audit" className={openLink}>
              Audit trail
            </Link>
          }
        >
          {recentActivity.length ? <AuditEventsList events={recentActivity} withSnapshots={false} /> : <EmptyMessage>Nothing has happened yet.</EmptyMessage>}
        </Panel>
      </div>
    </div>
  );
}

function Stat({ label, value, href, alert = false, testId }: { label: string; value: number; href: string; alert?: boolean; testId?: string }) {
  return (
    <Link href={href} className="rounded-lg border border-zinc-200 bg-white px-4 py-3 shadow-xs transition-colors hover:border-zinc-300" data-testid={testId}>
      <p className="text-xs text-zinc-500">{label}</p>
      <p className={cn("mt-0.5 text-xl font-semibold tabular-nums", alert ? "text-red-700" : "text-zinc-900")}>{value}</p>
    </Link>
  );
}
