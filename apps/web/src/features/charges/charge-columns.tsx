"use client";

import type { RouterOutputs } from "@closebook/api";
import Link from "next/link";
import { DateText } from "@/components/date-text";
import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import type { MoneyTotal } from "@/components/data-table/data-table";
import { listColumnHelper } from "@/components/data-table/list-features";
import { Amount } from "@/components/amount";
import { ChargeStatusBadge } from "@/components/status-badges";
import { ChargeRowActions } from "@/features/charges/charge-row-actions";
import type { CsvColumn } from "@/lib/csv";
import { chargeStatusStyles } from "@/lib/status-labels";

export type ChargeRow = RouterOutputs["charges"]["list"]["items"][number];

/** What is still open, as the server says (amount − paid − credited; null for a draft or a void charge). */
const openMinor = (charge: ChargeRow): bigint | null => charge.openMinor;

const column = listColumnHelper<ChargeRow>();

export const chargeColumns = column.columns([
  column.accessor((c) => c.number ?? "", {
    id: "number",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Number" />,
    cell: ({ row }) => (
      <Link href={`/charges/${row.original.id}`} className="font-mono font-medium whitespace-nowrap text-brand-600 hover:underline">
        {row.original.number ?? "Draft"}
      </Link>
    ),
    meta: { className: "w-36" },
  }),
  column.accessor("customerName", {
    id: "customer",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Customer" />,
    cell: ({ row }) => (
      <Link href={`/counterparties/${row.original.customerId}`} className="font-medium text-zinc-900 hover:text-brand-600 hover:underline">
        {row.original.customerName}
      </Link>
    ),
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
    id: "created",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Created" />,
    cell: ({ getValue }) => <DateText date={getValue()} className="text-zinc-600" />,
    meta: { className: "w-28" },
  }),
  column.accessor("dueDate", {
    id: "due",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Due" />,
    cell: ({ getValue }) => <DateText date={getValue()} className="text-zinc-600" />,
    meta: { className: "w-28" },
  }),
  column.accessor("amountMinor", {
    id: "amount",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Amount" align="right" />,
    cell: ({ row }) => <Amount minor={row.original.amountMinor} currency={row.original.currency} />,
    meta: { align: "right", className: "w-36" },
  }),
  column.accessor(openMinor, {
    id: "open",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Open" align="right" />,
    cell: ({ row }) => {
      const open = openMinor(row.original);
      return open === null ? <span className="text-zinc-400">—</span> : <Amount minor={open} currency={row.original.currency} className="text-zinc-600" />;
    },
    meta: { align: "right", className: "w-36" },
  }),
  column.accessor("status", {
    id: "status",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Status" />,
    cell: ({ getValue }) => <ChargeStatusBadge status={getValue()} />,
    meta: { className: "w-24" },
  }),
  column.display({
    id: "actions",
    header: () => <span className="sr-only">Actions</span>,
    cell: ({ row }) => <ChargeRowActions chargeId={row.original.id} label={row.original.number ?? `Draft: ${row.original.description}`} allowedActions={row.original.allowedActions} />,
    meta: { className: "w-10" },
  }),
]);

export const chargeTotals: MoneyTotal<ChargeRow>[] = [
  { columnId: "amount", money: (c) => (c.status === "void" ? null : { minor: c.amountMinor, currency: c.currency }) },
  { columnId: "open", money: (c) => { const open = openMinor(c); return open === null ? null : { minor: open, currency: c.currency }; } },
];

export const chargeCsvColumns: CsvColumn<ChargeRow>[] = [
  { header: "Number", value: (c) => c.number },
  { header: "Customer", value: (c) => c.customerName },
  { header: "Description", value: (c) => c.description },
  { header: "Created", value: (c) => c.createdAt },
  { header: "Due", value: (c) => c.dueDate },
  { header: "Currency", value: (c) => c.currency },
  { header: "Amount", value: (c) => ({ minor: c.amountMinor, currency: c.currency }) },
  { header: "Paid", value: (c) => ({ minor: c.paidMinor, currency: c.currency }) },
  { header: "Open", value: (c) => { const open = openMinor(c); return open === null ? null : { minor: open, currency: c.currency }; } },
  { header: "Status", value: (c) => chargeStatusStyles[c.status].label },
];
