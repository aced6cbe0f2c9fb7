"use client";

import type { RouterOutputs } from "@closebook/api";
import Link from "next/link";
import { useMemo } from "react";
import { DateText } from "@/components/date-text";
import { Amount } from "@/components/amount";
import type { MoneyTotal } from "@/components/data-table/data-table";
import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { listColumnHelper } from "@/components/data-table/list-features";
import { MovementStatusBadge } from "@/components/status-badges";
import type { CsvColumn } from "@/lib/csv";
import { accountLabel, accountsById, useAccounts, useCounterparties } from "@/lib/reference-data";
import { movementKindLabels, movementStatusStyles } from "@/lib/status-labels";

export type MovementRow = RouterOutputs["movements"]["list"]["items"][number];

const column = listColumnHelper<MovementRow>();

/** Who receives a movement: its vendor, or the bank account it transfers to. */
function useRecipient(): (m: MovementRow) => string {
  const accountList = useAccounts().data;
  const vendorPage = useCounterparties("vendor").data;
  return useMemo(() => {
    const accounts = accountsById(accountList);
    const vendors = new Map((vendorPage?.items ?? []).map((v) => [v.id, v.name]));
    return (m: MovementRow) => {
      const destination = accounts.get(m.destinationAccountId);
      return m.counterpartyId ? (vendors.get(m.counterpartyId) ?? "Vendor") : destination ? accountLabel(destination) : "—";
    };
  }, [accountList, vendorPage]);
}

function requesterOf(m: MovementRow, meUserId: string): string {
  return m.requestedBy === meUserId ? "you" : (m.requestedByName ?? "a former member");
}

/** The movements list's columns and CSV columns (the recipient comes from the accounts and vendors loaded). */
export function useMovementColumns(meUserId: string) {
  const recipient = useRecipient();
  const columns = useMemo(
    () =>
      column.columns([
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
          cell: ({ getValue }) => <span className="text-zinc-600">{getValue()}</span>,
          meta: { className: "w-32" },
        }),
        column.accessor("description", {
          id: "description",
          header: ({ column }) => <DataTableColumnHeader column={column} title="Description" />,
          cell: ({ row }) => (
            <>
              <span className="line-clamp-1 text-zinc-700" title={row.original.description}>
                {row.original.description}
              </span>
              <span className="block text-xs text-zinc-400">requested by {requesterOf(row.original, meUserId)}</span>
            </>
          ),
          meta: { className: "max-w-72" },
        }),
        column.accessor(recipient, {
          id: "to",
          header: ({ column }) => <DataTableColumnHeader column={column} title="To" />,
          cell: ({ getValue }) => <span className="text-zinc-700">{getValue()}</span>,
        }),
        column.accessor("effectiveDate", {
          id: "effective",
          header: ({ column }) => <DataTableColumnHeader column={column} title="Effective" />,
          cell: ({ getValue }) => <DateText date={getValue()} className="text-zinc-600" />,
          meta: { className: "w-28" },
        }),
        column.accessor("amountMinor", {
          id: "amount",
          header: ({ column }) => <DataTableColumnHeader column={column} title="Amount" align="right" />,
          cell: ({ row }) => <Amount minor={row.original.amountMinor} currency={row.original.currency} />,
          meta: { align: "right", className: "w-36" },
        }),
        column.accessor((m) => m.progress.given, {
          id: "approvals",
          header: ({ column }) => <DataTableColumnHeader column={column} title="Approvals" />,
          cell: ({ row }) => (
            <span className="text-zinc-600 tabular-nums">
              {row.original.progress.given} of {row.original.progress.required}
              {row.original.allowedActions.approve.allowed ? (
                <Link href={`/movements/${row.original.id}`} className="ml-1.5 text-xs font-medium text-brand-600 hover:underline">
                  decide
                </Link>
              ) : null}
            </span>
          ),
          meta: { className: "w-28" },
        }),
        column.accessor("status", {
          id: "status",
          header: ({ column }) => <DataTableColumnHeader column={column} title="Status" />,
          cell: ({ getValue }) => <MovementStatusBadge status={getValue()} />,
          meta: { className: "w-36" },
        }),
      ]),
    [meUserId, recipient],
  );
  const csv: CsvColumn<MovementRow>[] = [
    { header: "Number", value: (m) => m.number },
    { header: "Kind", value: (m) => movementKindLabels[m.kind] },
    { header: "Description", value: (m) => m.description },
    { header: "Requested by", value: (m) => m.requestedByName },
    { header: "To", value: recipient },
    { header: "Effective", value: (m) => m.effectiveDate },
    { header: "Currency", value: (m) => m.currency },
    { header: "Amount", value: (m) => ({ minor: m.amountMinor, currency: m.currency }) },
    { header: "Approvals given", value: (m) => m.progress.given },
    { header: "Approvals required", value: (m) => m.progress.required },
    { header: "Status", value: (m) => movementStatusStyles[m.status].label },
  ];
  return { columns, csv };
}

export const movementTotals: MoneyTotal<MovementRow>[] = [
  { columnId: "amount", money: (m) => (m.status === "rejected" || m.status === "cancelled" ? null : { minor: m.amountMinor, currency: m.currency }) },
];
