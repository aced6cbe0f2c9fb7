"use client";

import type { RouterOutputs } from "@closebook/api";
import { displayBalanceMinor, normalSideOf } from "@closebook/core";
import Link from "next/link";
import { Amount } from "@/components/amount";
import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { listColumnHelper } from "@/components/data-table/list-features";
import { Badge } from "@/components/ui/badge";
import { accountStatusLabels, accountStatusTones, accountTypeLabels } from "@/lib/account-labels";
import { cn } from "@/lib/cn";
import type { CsvColumn } from "@/lib/csv";

export type AccountRow = RouterOutputs["accounts"]["list"][number];

const column = listColumnHelper<AccountRow>();

/** The chart of accounts' columns; each name opens the account's ledger. Balances are shown on the account's normal side. */
export const accountColumns = column.columns([
  column.accessor("code", {
    id: "code",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Code" />,
    cell: ({ getValue }) => <span className="font-mono text-zinc-900 tabular-nums">{getValue()}</span>,
    meta: { className: "w-24" },
  }),
  column.accessor("name", {
    id: "name",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Name" />,
    cell: ({ row }) => (
      <Link href={`/ledger/accounts/${row.original.id}`} className="font-medium text-zinc-900 hover:text-brand-700 hover:underline" title={`Open the ledger of ${row.original.code} ${row.original.name}`}>
        {row.original.name}
      </Link>
    ),
  }),
  column.accessor((a) => accountTypeLabels[a.type], {
    id: "type",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Type" />,
    cell: ({ getValue }) => <span className="text-zinc-600">{getValue()}</span>,
    meta: { className: "w-28" },
  }),
  column.accessor("currency", {
    id: "currency",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Currency" />,
    cell: ({ getValue }) => <span className="font-mono text-zinc-600">{getValue()}</span>,
    meta: { className: "w-20" },
  }),
  column.accessor((a) => accountStatusLabels[a.status], {
    id: "status",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Status" />,
    cell: ({ row }) => <Badge tone={accountStatusTones[row.original.status]}>{accountStatusLabels[row.original.status]}</Badge>,
    meta: { className: "w-24" },
  }),
  column.accessor((a) => displayBalanceMinor(a.type, a.balanceMinor), {
    id: "balance",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Balance" align="right" />,
    cell: ({ row, getValue }) => (
      <span title={`${normalSideOf(row.original.type) === "credit" ? "Credit" : "Debit"}-normal: positive when in ${normalSideOf(row.original.type)}`}>
        <Amount minor={getValue()} currency={row.original.currency} withCurrency={false} className="text-zinc-900" />
      </span>
    ),
    meta: { className: "w-40", align: "right" },
  }),
  column.accessor("minimumBalanceMinor", {
    id: "minimum",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Minimum balance" align="right" />,
    cell: ({ row }) => {
      const account = row.original;
      return account.minimumBalanceMinor === null ? (
        <span className="text-zinc-400" aria-label="None">
          —
        </span>
      ) : (
        <span className="inline-flex items-center justify-end gap-2">
          <Amount minor={account.minimumBalanceMinor} currency={account.currency} className="text-zinc-900" />
          <span
            className={cn("w-10 text-[11px] font-medium", account.minimumBalancePolicy === "block" ? "text-red-600" : "text-amber-700")}
            title={account.minimumBalancePolicy === "block" ? "Movements below the minimum are blocked" : "Movements below the minimum are warned about"}
          >
            {account.minimumBalancePolicy}
          </span>
        </span>
      );
    },
    meta: { className: "w-48", align: "right" },
  }),
  column.accessor("isBankAccount", {
    id: "bank",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Bank" />,
    cell: ({ getValue }) =>
      getValue() ? (
        <Badge tone="blue">Bank</Badge>
      ) : (
        <span className="text-zinc-300" aria-label="No">
          —
        </span>
      ),
    meta: { className: "w-16" },
  }),
]);

export const accountCsvColumns: CsvColumn<AccountRow>[] = [
  { header: "Code", value: (a) => a.code },
  { header: "Name", value: (a) => a.name },
  { header: "Type", value: (a) => accountTypeLabels[a.type] },
  { header: "Currency", value: (a) => a.currency },
  { header: "Status", value: (a) => accountStatusLabels[a.status] },
  { header: "Balance", value: (a) => ({ minor: displayBalanceMinor(a.type, a.balanceMinor), currency: a.currency }) },
  { header: "Minimum balance", value: (a) => (a.minimumBalanceMinor === null ? null : { minor: a.minimumBalanceMinor, currency: a.currency }) },
  { header: "Minimum balance policy", value: (a) => (a.minimumBalanceMinor === null ? null : a.minimumBalancePolicy) },
  { header: "Bank account", value: (a) => (a.isBankAccount ? "yes" : "no") },
];
