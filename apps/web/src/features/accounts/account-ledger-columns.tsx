"use client";

import type { RouterOutputs } from "@closebook/api";
import { displayBalanceMinor } from "@closebook/core";
import Link from "next/link";
import { Amount } from "@/components/amount";
import { DateText } from "@/components/date-text";
import type { MoneyTotal } from "@/components/data-table/data-table";
import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { listColumnHelper, type ListColumns } from "@/components/data-table/list-features";
import type { CsvColumn } from "@/lib/csv";

type Ledger = RouterOutputs["ledger"]["accountLedger"];
export type LedgerAccount = Ledger["account"];
export type LedgerLine = Ledger["lines"][number];

const column = listColumnHelper<LedgerLine>();

/** The running balance after a line, on the account's normal side (a liability's credit balance positive). */
const balanceOf = (account: LedgerAccount, line: LedgerLine) => displayBalanceMinor(account.type, line.runningBalanceMinor);

/** An account's ledger lines: date, entry (to it), memo, debit, credit and the running balance after the line. */
export function ledgerColumns(account: LedgerAccount): ListColumns<LedgerLine> {
  return column.columns([
    column.accessor("effectiveDate", {
      id: "date",
      header: ({ column }) => <DataTableColumnHeader column={column} title="Date" />,
      cell: ({ getValue }) => <DateText date={getValue()} className="text-zinc-600" />,
      meta: { className: "w-28" },
    }),
    column.accessor("entryNumber", {
      id: "entry",
      header: ({ column }) => <DataTableColumnHeader column={column} title="Entry" />,
      cell: ({ row }) => (
        <Link href={`/ledger/entries/${row.original.entryId}`} className="font-mono whitespace-nowrap text-brand-600 hover:underline">
          {row.original.entryNumber}
        </Link>
      ),
      meta: { className: "w-36" },
    }),
    column.accessor((line) => line.memo, {
      id: "memo",
      header: ({ column }) => <DataTableColumnHeader column={column} title="Memo" />,
      cell: ({ getValue }) => <span className="text-zinc-700">{getValue()}</span>,
    }),
    column.accessor("debitMinor", {
      id: "debit",
      header: ({ column }) => <DataTableColumnHeader column={column} title="Debit" align="right" />,
      cell: ({ getValue }) => (getValue() > 0n ? <Amount minor={getValue()} currency={account.currency} withCurrency={false} /> : null),
      meta: { align: "right", className: "w-36" },
    }),
    column.accessor("creditMinor", {
      id: "credit",
      header: ({ column }) => <DataTableColumnHeader column={column} title="Credit" align="right" />,
      cell: ({ getValue }) => (getValue() > 0n ? <Amount minor={getValue()} currency={account.currency} withCurrency={false} /> : null),
      meta: { align: "right", className: "w-36" },
    }),
    column.accessor((line) => balanceOf(account, line), {
      id: "balance",
      header: ({ column }) => <DataTableColumnHeader column={column} title="Balance" align="right" />,
      cell: ({ getValue }) => <Amount minor={getValue()} currency={account.currency} withCurrency={false} className="font-medium" />,
      meta: { align: "right", className: "w-40" },
    }),
  ]);
}

/** Debits and credits of the loaded lines (a running balance does not add up, so it has no total). */
export function ledgerTotals(account: LedgerAccount): MoneyTotal<LedgerLine>[] {
  return [
    { columnId: "debit", money: (line) => ({ minor: line.debitMinor, currency: account.currency }) },
    { columnId: "credit", money: (line) => ({ minor: line.creditMinor, currency: account.currency }) },
  ];
}

/** The ledger's CSV: ISO dates and plain decimals (see `DataTable`'s export), the currency in its own column. */
export function ledgerCsvColumns(account: LedgerAccount): CsvColumn<LedgerLine>[] {
  return [
    { header: "Date", value: (line) => line.effectiveDate },
    { header: "Entry", value: (line) => line.entryNumber },
    { header: "Memo", value: (line) => line.memo },
    { header: "Currency", value: () => account.currency },
    { header: "Debit", value: (line) => ({ minor: line.debitMinor, currency: account.currency }) },
    { header: "Credit", value: (line) => ({ minor: line.creditMinor, currency: account.currency }) },
    { header: "Balance", value: (line) => ({ minor: balanceOf(account, line), currency: account.currency }) },
  ];
}
