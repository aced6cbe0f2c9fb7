"use client";

import type { RouterOutputs } from "@closebook/api";
import Link from "next/link";
import { Amount } from "@/components/amount";
import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { listColumnHelper } from "@/components/data-table/list-features";
import { DateText } from "@/components/date-text";
import type { CsvColumn } from "@/lib/csv";

export type BankAccountRow = RouterOutputs["bankAccounts"]["list"][number];

const column = listColumnHelper<BankAccountRow>();
const none = (
  <span className="text-zinc-400" aria-label="None">
    —
  </span>
);

/** The bank accounts' columns; the name opens the bank account with its statement lines. */
export const bankAccountColumns = column.columns([
  column.accessor((b) => `${b.ledgerCode} ${b.ledgerName}`, {
    id: "ledger",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Ledger account" />,
    cell: ({ row }) => (
      <Link href={`/bank-accounts/${row.original.id}`} className="font-medium text-zinc-900 hover:text-brand-700 hover:underline">
        <span className="font-mono text-zinc-500 tabular-nums">{row.original.ledgerCode}</span> {row.original.ledgerName}
      </Link>
    ),
  }),
  column.accessor((b) => b.iban ?? b.accountNumber ?? "", {
    id: "iban",
    header: ({ column }) => <DataTableColumnHeader column={column} title="IBAN / bank" />,
    cell: ({ row, getValue }) => (
      <span className="flex flex-col">
        <span className="font-mono text-[12px] text-zinc-700">{getValue()}</span>
        <span className="text-[11px] text-zinc-500">{row.original.bankName}</span>
      </span>
    ),
  }),
  column.accessor("ledgerBalanceMinor", {
    id: "balance",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Ledger balance" align="right" />,
    cell: ({ row }) => <Amount minor={row.original.ledgerBalanceMinor} currency={row.original.currency} className="whitespace-nowrap text-zinc-900" />,
    meta: { className: "w-32", align: "right" },
  }),
  column.accessor((b) => b.lastStatementDate?.getTime() ?? 0, {
    id: "lastStatement",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Last statement" />,
    cell: ({ row }) => (row.original.lastStatementDate ? <DateText date={row.original.lastStatementDate} /> : none),
    meta: { className: "w-28" },
  }),
  column.accessor((b) => b.lastClosingMinor ?? 0n, {
    id: "closing",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Closing balance" align="right" />,
    cell: ({ row }) => (row.original.lastClosingMinor === null ? none : <Amount minor={row.original.lastClosingMinor} currency={row.original.currency} className="whitespace-nowrap text-zinc-900" />),
    meta: { className: "w-32", align: "right" },
  }),
  column.accessor("unreconciledCount", {
    id: "unreconciled",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Unreconciled" align="right" />,
    cell: ({ getValue }) => <span className={getValue() > 0 ? "font-medium text-amber-700 tabular-nums" : "text-zinc-500 tabular-nums"}>{getValue()}</span>,
    meta: { className: "w-24", align: "right" },
  }),
]);

export const bankAccountCsvColumns: CsvColumn<BankAccountRow>[] = [
  { header: "Ledger account", value: (b) => `${b.ledgerCode} ${b.ledgerName}` },
  { header: "IBAN", value: (b) => b.iban },
  { header: "Account number", value: (b) => b.accountNumber },
  { header: "BIC", value: (b) => b.bic },
  { header: "Bank", value: (b) => b.bankName },
  { header: "Currency", value: (b) => b.currency },
  { header: "Ledger balance", value: (b) => ({ minor: b.ledgerBalanceMinor, currency: b.currency }) },
  { header: "Last statement", value: (b) => b.lastStatementDate },
  { header: "Closing balance", value: (b) => (b.lastClosingMinor === null ? null : { minor: b.lastClosingMinor, currency: b.currency }) },
  { header: "Unreconciled lines", value: (b) => String(b.unreconciledCount) },
];
