"use client";

import { displayBalanceMinor, formatMinor, normalSideOf } from "@closebook/core";
import { useQueries, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { DateText } from "@/components/date-text";
import { accountStatusLabels, accountStatusTones, accountTypeLabels } from "@/lib/account-labels";
import { accountLedgerInput } from "@/lib/query-inputs";
import { useTRPC } from "@/trpc/react-provider";
import { Amount } from "@/components/amount";
import { BalanceNote } from "@/features/accounts/balance-note";
import { LoadMore } from "@/components/load-more";
import { PageHeader } from "@/components/layout/page-header";
import { QueryStatus } from "@/components/query-status";
import { Badge } from "@/components/ui/badge";
import { DetailList } from "@/components/ui/detail-list";
import { EmptyMessage, Panel } from "@/components/ui/panel";
import { Table, TableCell, TableHead } from "@/components/ui/table";

/** An account's postings, newest first, with the running balance after each; older lines on demand. */
export function AccountLedger({ accountId }: { accountId: string }) {
  const trpc = useTRPC();
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
                      {formatMinor(account.minimumBalanceMinor, account.currency)} ({account.minimumBalancePolicy === "block" ? "blocks movements below" : "warns below"})
                      {belowMinimum ? " · below the minimum" : ""}
                    </span>
                  ),
              },
              { label: "Lines shown", value: lines.length },
            ]}
          />
          <BalanceNote className="border-t border-zinc-100 px-4 py-2" />
        </Panel>
        <section aria-label="Ledger lines" className="overflow-clip rounded-lg border border-zinc-200 bg-white shadow-xs">
          {lines.length ? (
            <>
              <Table caption={`Ledger of ${account.code} ${account.name}`}>
                <thead>
                  <tr>
                    <TableHead className="w-28">Date</TableHead>
                    <TableHead className="w-36">Entry</TableHead>
                    <TableHead>Memo</TableHead>
                    <TableHead align="right" className="w-36">
                      Debit
                    </TableHead>
                    <TableHead align="right" className="w-36">
                      Credit
                    </TableHead>
                    <TableHead align="right" className="w-40">
                      Balance
                    </TableHead>
                  </tr>
                </thead>
                <tbody>
                  {lines.map((line, index) => (
                    <tr key={`${line.entryId}-${index}`} className="hover:bg-zinc-50">
                      <TableCell className="text-zinc-600 tabular-nums"><DateText date={line.effectiveDate} /></TableCell>
                      <TableCell className="font-mono">
                        <Link href={`/ledger/entries/${line.entryId}`} className="text-brand-600 hover:underline">
                          {line.entryNumber}
                        </Link>
                      </TableCell>
                      <TableCell className="text-zinc-700">{line.memo}</TableCell>
                      <TableCell numeric>{line.debitMinor > 0n ? formatMinor(line.debitMinor, account.currency, { withCurrency: false }) : ""}</TableCell>
                      <TableCell numeric>{line.creditMinor > 0n ? formatMinor(line.creditMinor, account.currency, { withCurrency: false }) : ""}</TableCell>
                      <TableCell numeric className="font-medium">
                        <Amount minor={displayBalanceMinor(account.type, line.runningBalanceMinor)} currency={account.currency} withCurrency={false} />
                      </TableCell>
                    </tr>
                  ))}
                </tbody>
              </Table>
              <LoadMore
                shown={lines.length}
                noun={lines.length === 1 ? "line" : "lines"}
                hasMore={nextBefore !== null}
                loading={older.some((q) => q.isFetching)}
                onLoadMore={() => {
                  if (nextBefore !== null && !olderPages.includes(nextBefore)) setOlderPages((current) => [...current, nextBefore]);
                }}
              />
            </>
          ) : (
            <EmptyMessage>Nothing posted to this account yet.</EmptyMessage>
          )}
        </section>
      </div>
    </>
  );
}
