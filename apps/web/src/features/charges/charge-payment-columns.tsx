"use client";

import type { RouterOutputs } from "@closebook/api";
import Link from "next/link";
import type { ReactNode } from "react";
import { Amount } from "@/components/amount";
import { DateText } from "@/components/date-text";
import type { MoneyTotal } from "@/components/data-table/data-table";
import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { listColumnHelper, type ListColumns } from "@/components/data-table/list-features";

export type ChargePayment = RouterOutputs["charges"]["byId"]["payments"][number];

const column = listColumnHelper<ChargePayment>();

/** The payments of a charge: reference, day received, bank account (`named`), its entry (`entryNumber`), amount. */
export function chargePaymentColumns(currency: string, named: (accountId: string) => ReactNode, entryNumber: (entryId: string) => string | undefined): ListColumns<ChargePayment> {
  return column.columns([
    column.accessor("reference", {
      id: "reference",
      header: ({ column }) => <DataTableColumnHeader column={column} title="Reference" />,
      cell: ({ getValue }) => <span className="font-mono">{getValue()}</span>,
    }),
    column.accessor("receivedOn", {
      id: "received",
      header: ({ column }) => <DataTableColumnHeader column={column} title="Received" />,
      cell: ({ getValue }) => <DateText date={getValue()} />,
      meta: { className: "w-28" },
    }),
    column.accessor("bankAccountId", {
      id: "bank",
      header: "Bank account",
      cell: ({ getValue }) => named(getValue()),
    }),
    column.accessor((payment) => entryNumber(payment.entryId) ?? "", {
      id: "entry",
      header: ({ column }) => <DataTableColumnHeader column={column} title="Entry" />,
      cell: ({ row }) => (
        <Link href={`/ledger/entries/${row.original.entryId}`} className="font-mono whitespace-nowrap text-brand-600 hover:underline">
          {entryNumber(row.original.entryId) ?? "Open"}
        </Link>
      ),
      meta: { className: "w-40" },
    }),
    column.accessor("amountMinor", {
      id: "amount",
      header: ({ column }) => <DataTableColumnHeader column={column} title="Amount" align="right" />,
      cell: ({ getValue }) => <Amount minor={getValue()} currency={currency} />,
      meta: { align: "right", className: "w-36" },
    }),
  ]);
}

export function chargePaymentTotals(currency: string): MoneyTotal<ChargePayment>[] {
  return [{ columnId: "amount", money: (payment) => ({ minor: payment.amountMinor, currency }) }];
}
