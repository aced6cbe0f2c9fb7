"use client";

import { displayBalanceMinor, normalSideOf } from "@closebook/core";
import { useQueries, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { DataTable } from "@/components/data-table/data-table";
import { ledgerColumns, ledgerCsvColumns, ledgerTotals, type LedgerLine } from "@/features/accounts/account-ledger-columns";
import { useListParams } from "@/lib/use-list-params";
import { accountStatusLabels, accountStatusTones, accountTypeLabels } from "@/lib/account-labels";
import { accountLedgerInput } from "@/lib/query-inputs";
import { useTRPC, useTRPCClient } from "@/trpc/react-provider";
import { Amount } from "@/components/amount";
import { BalanceNote } from "@/features/accounts/balance-note";
import { PageHeader } from "@/components/layout/page-header";
import { QueryStatus } from "@/components/query-status";
import { Badge } from "@/components/ui/badge";
import { DetailList } from "@/components/ui/detail-list";
import { Panel } from "@/components/ui/panel";

/** An account's postings, newest first, with the running balance after each; older lines on demand. */
export function AccountLedger({ accountId }: { accountId: string }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  // The sort and page size in the URL, like every list (`?sort=date.asc&size=50`).
  const view = useListParams({});
  const first = useQuery(trpc.ledger.accountLedger.queryOptions(accountLedgerInput(accountId)));
  /** The `beforeSequence` of each further page loaded. */
  const [olderPages, setOlderPages] = useState<bigint[]>([]);
  const older = useQueries({
    queries: olderPages.map((beforeSequence) => trpc.ledger.accountLedger.queryOptions({ ...accountLedgerInput(accountId), beforeSequence })),
  });

  if (!first.data) {
    return (
      <>
        <PageHeader eyebrow="Ledger · account" title="Account" />
        <QueryStatus error={first.error} loading what="the account ledger" />
      </>
    );
  }
  const { account } = first.data;
  const pages = [first.data, ...older.map((q) => q.data)];
  const lines = pages.flatMap((page) => page?.lines ?? []);
  const last = pages[pages.length - 1];
  const nextBefore = last?.nextBeforeSequence ?? null;
  async function loadOlder() {
    if (nextBefore === null || olderPages.includes(nextBefore)) return;
    // Fetched first, so "Load more" can wait for it and then show the next page of the table.
    await queryClient.fetchQuery(trpc.ledger.accountLedger.queryOptions({ ...accountLedgerInput(accountId), beforeSequence: nextBefore }));
    setOlderPages((current) => [...current, nextBefore]);
  }
  const belowMinimum = account.minimumBalanceMinor !== null && account.balanceMinor < account.minimumBalanceMinor;

  return (
    <>
      <PageHeader
        eyebrow="Ledger · account"
        title={`${account.code} ${account.name}`}
        description={
          <Link href="/ledger/accounts" className="text-brand-600 hover:underline">
            Chart of accounts
          </Link>
        }
        actions={
          <>
            <Badge tone={accountStatusTones[account.status]}>{accountStatusLabels[account.status]}</Badge>
            {account.isBankAccount ? <Badge tone="blue">Bank</Badge> : null}
          </>
        }
      />
      <div className="flex flex-col gap-4 p-6">
        <Panel title="Account">
          <DetailList
            className="lg:grid-cols-5"
            items={[
              { label: "Type", value: accountTypeLabels[account.type] },
              { label: "Currency", value: account.currency },
              {
                label: `Balance (${normalSideOf(account.type)}-normal)`,
                value: <Amount minor={displayBalanceMinor(account.type, account.balanceMinor)} currency={account.currency} className="text-base font-semibold" />,
              },
              {
                label: "Minimum balance",
                value:
                  account.minimumBalanceMinor === null ? (
                    "None"
                  ) : (
                    <span className={belowMinimum ? "font-medium text-red-700" : undefined}>
                      <Amount minor={account.minimumBalanceMinor} currency={account.currency} /> ({account.minimumBalancePolicy === "block" ? "blocks movements below" : "warns below"})
                      {belowMinimum ? " · below the minimum" : ""}
                    </span>
                  ),
              },
              { label: "Lines shown", value: lines.length },
            ]}
          />
          <BalanceNote className="border-t border-zinc-100 px-4 py-2" />
        </Panel>
        <DataTable
          caption={`Ledger of ${account.code} ${account.name}`}
          columns={ledgerColumns(account)}
          data={lines}
          getRowId={(line) => String(line.sequence)}
          noun={{ one: "line", other: "lines" }}
          loading={false}
          error={older.find((q) => q.error)?.error ?? null}
          empty="Nothing posted to this account yet."
          sorting={view.sorting}
          onSortingChange={view.setSorting}
          pageSize={view.pageSize}
          onPageSizeChange={view.setPageSize}
          server={{ hasMore: nextBefore !== null, loading: older.some((q) => q.isFetching), loadMore: loadOlder }}
          totals={ledgerTotals(account)}
          exportCsv={{ filename: `ledger-${account.code}`, columns: ledgerCsvColumns(account), fetchAll: () => allLedgerLines(client, accountId) }}
        />
      </div>
    </>
  );
}

/** Every line of the account, newest first, page after page of the largest size the query takes: what the CSV holds. */
async function allLedgerLines(client: ReturnType<typeof useTRPCClient>, accountId: string): Promise<LedgerLine[]> {
  const lines: LedgerLine[] = [];
  let beforeSequence: bigint | undefined;
  for (;;) {
    const page = await client.ledger.accountLedger.query({ accountId, limit: 500, ...(beforeSequence === undefined ? {} : { beforeSequence }) });
    lines.push(...page.lines);
    if (page.nextBeforeSequence === null || page.nextBeforeSequence === beforeSequence) return lines;
    beforeSequence = page.nextBeforeSequence;
  }
}
