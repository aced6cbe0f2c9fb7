"use client";

import Link from "next/link";
import { Amount } from "@/components/amount";
import type { MoneyTotal } from "@/components/data-table/data-table";
import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { listColumnHelper } from "@/components/data-table/list-features";
import { LocalDataTable } from "@/components/data-table/local-data-table";
import type { JournalEntry } from "@/features/ledger/journal-entry-columns";

type EntryLine = JournalEntry["lines"][number];

const column = listColumnHelper<EntryLine>();

const lineColumns = column.columns([
  column.accessor("lineNo", {
    id: "line",
    header: ({ column }) => <DataTableColumnHeader column={column} title="#" />,
    cell: ({ getValue }) => <span className="text-zinc-400 tabular-nums">{getValue()}</span>,
    meta: { className: "w-12" },
  }),
  column.accessor("accountCode", {
    id: "account",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Account" />,
    cell: ({ row }) => (
      <Link href={`/ledger/accounts/${row.original.accountId}`} className="font-mono text-brand-600 hover:underline">
        {row.original.accountCode}
      </Link>
    ),
    meta: { className: "w-24" },
  }),
  column.accessor("accountName", {
    id: "name",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Name" />,
    cell: ({ getValue }) => <span className="font-medium text-zinc-900">{getValue()}</span>,
  }),
  column.accessor((line) => line.memo ?? "", {
    id: "memo",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Memo" />,
    cell: ({ getValue }) => <span className="text-zinc-600">{getValue()}</span>,
  }),
  column.accessor("debitMinor", {
    id: "debit",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Debit" align="right" />,
    cell: ({ row }) => (row.original.debitMinor > 0n ? <Amount minor={row.original.debitMinor} currency={row.original.currency} /> : null),
    meta: { align: "right", className: "w-40" },
  }),
  column.accessor("creditMinor", {
    id: "credit",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Credit" align="right" />,
    cell: ({ row }) => (row.original.creditMinor > 0n ? <Amount minor={row.original.creditMinor} currency={row.original.currency} /> : null),
    meta: { align: "right", className: "w-40" },
  }),
]);

/** Debits and credits summed per currency: a balanced entry shows the same total in both. */
const lineTotals: MoneyTotal<EntryLine>[] = [
  { columnId: "debit", money: (line) => ({ minor: line.debitMinor, currency: line.currency }) },
  { columnId: "credit", money: (line) => ({ minor: line.creditMinor, currency: line.currency }) },
];

/** An entry's lines: account (to its ledger), memo, debit, credit, sortable, with debit and credit totals per currency. */
export function EntryLinesTable({ entry, className }: { entry: Pick<JournalEntry, "number" | "lines">; className?: string }) {
  return (
    <LocalDataTable
      caption={`Lines of ${entry.number}`}
      columns={lineColumns}
      data={entry.lines}
      getRowId={(line) => line.id}
      noun={{ one: "line", other: "lines" }}
      totals={lineTotals}
      rowAttributes={(line) => ({ "data-account-code": line.accountCode })}
      className={className ?? "rounded-none border-0 shadow-none"}
    />
  );
}
