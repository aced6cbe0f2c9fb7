"use client";

import type { RouterOutputs } from "@closebook/api";
import Link from "next/link";
import { DateText } from "@/components/date-text";
import { Amount } from "@/components/amount";
import type { MoneyTotal } from "@/components/data-table/data-table";
import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { listColumnHelper } from "@/components/data-table/list-features";
import { MovementStatusBadge } from "@/components/status-badges";
import { movementKindLabels } from "@/lib/status-labels";

export type CounterpartyMovementRow = RouterOutputs["counterparties"]["byId"]["movements"][number];

const column = listColumnHelper<CounterpartyMovementRow>();

/** A counterparty's movements on its page (number, kind, description, date, amount, status). */
export const counterpartyMovementColumns = column.columns([
  column.accessor("number", {
    id: "number",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Number" />,
    cell: ({ row }) => (
      <Link href={`/movements/${row.original.id}`} className="font-mono font-medium whitespace-nowrap text-brand-600 hover:underline">
        {row.original.number}
      </Link>
    ),
    meta: { className: "w-36" },
  }),
  column.accessor((m) => movementKindLabels[m.kind], {
    id: "kind",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Kind" />,
    cell: ({ getValue }) => <span className="whitespace-nowrap text-zinc-600">{getValue()}</span>,
    meta: { className: "w-32" },
  }),
  column.accessor("description", {
    id: "description",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Description" />,
    cell: ({ getValue }) => (
      <span className="block max-w-80 truncate text-zinc-600" title={getValue()}>
        {getValue()}
      </span>
    ),
  }),
  column.accessor("createdAt", {
    id: "requested",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Requested" />,
    cell: ({ getValue }) => <DateText date={getValue()} className="text-zinc-600" />,
    meta: { className: "w-28" },
  }),
  column.accessor("amountMinor", {
    id: "amount",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Amount" align="right" />,
    cell: ({ row }) => <Amount minor={row.original.amountMinor} currency={row.original.currency} />,
    meta: { align: "right", className: "w-36" },
  }),
  column.accessor("status", {
    id: "status",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Status" />,
    cell: ({ getValue }) => <MovementStatusBadge status={getValue()} />,
    meta: { className: "w-32" },
  }),
]);

export const counterpartyMovementTotals: MoneyTotal<CounterpartyMovementRow>[] = [{ columnId: "amount", money: (m) => ({ minor: m.amountMinor, currency: m.currency }) }];
