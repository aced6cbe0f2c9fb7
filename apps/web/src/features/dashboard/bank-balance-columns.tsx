"use client";

import type { RouterOutputs } from "@closebook/api";
import { formatMinor } from "@closebook/core";
import Link from "next/link";
import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { listColumnHelper } from "@/components/data-table/list-features";
import { Amount } from "@/components/amount";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/cn";

export type BankBalance = RouterOutputs["dashboard"]["summary"]["bankBalances"][number];

const column = listColumnHelper<BankBalance>();

/** The bank balances' columns: the account (with the server's shortfall, if any), its balance as shown, its minimum. */
export const bankBalanceColumns = column.columns([
  column.accessor("code", {
    id: "account",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Account" />,
    cell: ({ row }) => {
      const bank = row.original;
      return (
        <>
          <Link href={`/ledger/accounts/${bank.id}`} className="hover:underline">
            <span className="font-mono text-zinc-500">{bank.code}</span> <span className="font-medium text-zinc-900">{bank.name}</span>
          </Link>
          {bank.shortfallMinor !== null ? (
            <span title={bank.warning?.message}>
              <Badge tone="red" className="ml-2">
                {formatMinor(bank.shortfallMinor, bank.currency)} below minimum
              </Badge>
            </span>
          ) : null}
        </>
      );
    },
  }),
  column.accessor("displayBalanceMinor", {
    id: "balance",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Balance" align="right" />,
    cell: ({ row }) => (
      <Amount minor={row.original.displayBalanceMinor} currency={row.original.currency} className={cn("font-medium", row.original.shortfallMinor !== null && "text-red-700")} />
    ),
    meta: { align: "right" },
  }),
  column.accessor("minimumBalanceMinor", {
    id: "minimum",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Minimum" align="right" />,
    cell: ({ row }) => (
      <span className="text-zinc-500">{row.original.minimumBalanceMinor === null ? "—" : formatMinor(row.original.minimumBalanceMinor, row.original.currency)}</span>
    ),
    meta: { align: "right" },
  }),
]);
