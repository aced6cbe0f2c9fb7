"use client";

import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ActionOutcome } from "@/components/action-outcome";
import { VerdictButton } from "@/components/action-verdict";
import { Amount } from "@/components/amount";
import { FilteredList } from "@/components/data-table/filtered-list";
import { DateRangeFilter, labeled, SelectFilter } from "@/components/data-table/list-filters";
import { DateText } from "@/components/date-text";
import { PageHeader } from "@/components/layout/page-header";
import { QueryStatus } from "@/components/query-status";
import { DetailList } from "@/components/ui/detail-list";
import { Panel } from "@/components/ui/panel";
import { BankAccountEditForm } from "@/features/bank-accounts/bank-account-edit-form";
import { StatementImportDialog } from "@/features/bank-accounts/statement-import-dialog";
import { statementLineColumns, statementLineCsvColumns } from "@/features/bank-accounts/statement-line-columns";
import { statementLinesInput, useStatementLineFilters } from "@/features/bank-accounts/statement-line-filters";
import type { ActionResult } from "@/lib/action-result";
import { nextCursor } from "@/lib/query-inputs";
import { bankStatementLineStatuses, statementLineStatusStyles } from "@/lib/status-labels";
import { useTRPC, useTRPCClient } from "@/trpc/react-provider";

/** A bank account: its details (editable when the server allows), its balances, and its statement lines filtered in the URL. */
export function BankAccountDetail({ bankAccountId }: { bankAccountId: string }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const detail = useQuery(trpc.bankAccounts.get.queryOptions({ bankAccountId }));
  const [editing, setEditing] = useState(false);
  const [result, setResult] = useState<ActionResult | null>(null);
  const view = useStatementLineFilters();
  const { filters, set } = view;
  const input = statementLinesInput(bankAccountId, view.applied);
  const lines = useInfiniteQuery({ ...trpc.statements.lines.infiniteQueryOptions(input, { getNextPageParam: nextCursor }), placeholderData: keepPreviousData });

  if (!detail.data) {
    return (
      <>
        <PageHeader eyebrow="Bank accounts" title="Bank account" />
        <QueryStatus error={detail.error} loading what="the bank account" />
      </>
    );
  }
  const account = detail.data;
  const { update, importStatement } = account.allowedActions;
  return (
    <>
      <PageHeader
        eyebrow="Bank account"
        title={`${account.ledgerCode} ${account.ledgerName}`}
        description={[account.bankName, account.iban ?? account.accountNumber, account.currency].filter(Boolean).join(" · ")}
        actions={
          <div className="flex items-center gap-2">
            <VerdictButton verdict={update} showReason={false} disabled={editing} onClick={() => setEditing(true)}>
              Edit details
            </VerdictButton>
            <StatementImportDialog bankAccount={account} verdict={importStatement} />
          </div>
        }
      />
      <div className="flex flex-col gap-4 p-6">
        <ActionOutcome result={result} />
        <div className="grid items-start gap-4 lg:grid-cols-2">
          <Panel title="Details">
            {editing && update.allowed ? (
              <BankAccountEditForm bankAccount={account} onDone={() => setEditing(false)} onResult={setResult} />
            ) : (
              <DetailList
                items={[
                  { label: "Bank", value: account.bankName },
                  { label: "IBAN", value: account.iban ? <span className="font-mono">{account.iban}</span> : "—" },
                  { label: "Account number", value: account.accountNumber ? <span className="font-mono">{account.accountNumber}</span> : "—" },
                  { label: "BIC", value: account.bic ? <span className="font-mono">{account.bic}</span> : "—" },
                  { label: "Opened", value: <DateText date={account.createdAt} /> },
                ]}
              />
            )}
          </Panel>
          <Panel title="Balances">
            <DetailList
              items={[
                { label: "Ledger balance", value: <Amount minor={account.ledgerBalanceMinor} currency={account.currency} /> },
                { label: "Last statement", value: account.lastStatementDate ? <DateText date={account.lastStatementDate} /> : "None imported yet" },
                { label: "Closing balance", value: account.lastClosingMinor === null ? "—" : <Amount minor={account.lastClosingMinor} currency={account.currency} /> },
                { label: "Unreconciled lines", value: String(account.unreconciledCount) },
              ]}
            />
          </Panel>
        </div>
        <FilteredList
          view={view}
          query={lines}
          caption="Statement lines"
          columns={statementLineColumns}
          getRowId={(l) => l.id}
          noun={{ one: "statement line", other: "statement lines" }}
          empty={{ filtered: "No statement lines match these filters.", none: "No statement lines yet: import a statement file." }}
          exportCsv={{ filename: `statement-lines-${account.iban ?? account.accountNumber ?? account.id}`, columns: statementLineCsvColumns, page: (page) => client.statements.lines.query({ ...input, ...page }) }}
          className="flex flex-col gap-4"
          filters={
            <>
              <SelectFilter label="Status" className="w-40" all="All statuses" options={labeled(bankStatementLineStatuses, (s) => statementLineStatusStyles[s].label)} value={filters.status} onChange={(v) => set("status", v)} />
              <DateRangeFilter labels={{ from: "Booked from", to: "Booked to" }} from={filters.from} to={filters.to} resetKey={view.resetKey} onChange={(key, text, hold) => set(key, text, { hold })} />
            </>
          }
        />
      </div>
    </>
  );
}
