"use client";

import type { RouterOutputs } from "@closebook/api";
import Link from "next/link";
import { useMemo } from "react";
import { DateText } from "@/components/date-text";
import { Amount } from "@/components/amount";
import type { MoneyTotal } from "@/components/data-table/data-table";
import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { listColumnHelper } from "@/components/data-table/list-features";
import { Badge } from "@/components/ui/badge";
import { MovementDecision } from "@/features/movements/movement-decision";
import { MovementWarnings } from "@/features/movements/movement-warnings";
import type { ActionResult } from "@/lib/action-result";
import type { CsvColumn } from "@/lib/csv";
import { plural } from "@/lib/format";
import { accountLabel, accountsById, useAccounts, useCounterparties } from "@/lib/reference-data";
import { movementKindLabels } from "@/lib/status-labels";

export type InboxItem = RouterOutputs["approvals"]["inbox"][number];

const column = listColumnHelper<InboxItem>();

/** "1010 Operating → Acme (2000 Payables)": where a movement's money goes. */
function useRoute(): (m: InboxItem) => string {
  const accountList = useAccounts().data;
  const vendorPage = useCounterparties("vendor").data;
  return useMemo(() => {
    const accounts = accountsById(accountList);
    const vendors = new Map((vendorPage?.items ?? []).map((v) => [v.id, v.name]));
    return (m: InboxItem) => {
      const destination = accounts.get(m.destinationAccountId);
      const source = accounts.get(m.sourceAccountId);
      const to = m.counterpartyId ? `${vendors.get(m.counterpartyId) ?? "vendor"} (${destination ? accountLabel(destination) : "—"})` : destination ? accountLabel(destination) : "—";
      return `${source ? accountLabel(source) : "—"} → ${to}`;
    };
  }, [accountList, vendorPage]);
}

/** The inbox's columns: the movement, its amount and approvals so far, and the decision inline. */
export function useApprovalColumns(onResult: (result: ActionResult) => void) {
  const route = useRoute();
  const columns = useMemo(
    () =>
      column.columns([
        column.accessor("number", {
          id: "movement",
          header: ({ column }) => <DataTableColumnHeader column={column} title="Movement" />,
          cell: ({ row }) => {
            const m = row.original;
            return (
              <div className="min-w-64">
                <div className="flex flex-wrap items-baseline gap-2">
                  <Link href={`/movements/${m.id}`} className="font-mono font-medium whitespace-nowrap text-brand-600 hover:underline">
                    {m.number}
                  </Link>
                  <Badge>{movementKindLabels[m.kind]}</Badge>
                </div>
                <p className="mt-0.5 text-zinc-700">{m.description}</p>
                <p className="mt-0.5 text-xs text-zinc-500">
                  {route(m)} · <span className="whitespace-nowrap">requested by {m.requestedByName ?? "a former member"}, <DateText date={m.createdAt} withTime /></span>
                </p>
                <MovementWarnings warnings={m.warnings} className="mt-2" />
              </div>
            );
          },
        }),
        column.accessor("effectiveDate", {
          id: "effective",
          header: ({ column }) => <DataTableColumnHeader column={column} title="Effective" />,
          cell: ({ getValue }) => <DateText date={getValue()} className="text-zinc-600" />,
          meta: { className: "w-28 align-top" },
        }),
        column.accessor("amountMinor", {
          id: "amount",
          header: ({ column }) => <DataTableColumnHeader column={column} title="Amount" align="right" />,
          cell: ({ row }) => <Amount minor={row.original.amountMinor} currency={row.original.currency} className="font-semibold text-zinc-900" />,
          meta: { className: "w-36 align-top", align: "right" },
        }),
        column.accessor((m) => m.progress.given, {
          id: "approvals",
          header: ({ column }) => <DataTableColumnHeader column={column} title="Approvals" />,
          cell: ({ row }) => (
            <span className="text-xs text-zinc-500">
              {row.original.progress.given} of {plural(row.original.progress.required, "approval")} given
              {row.original.progress.controllerNeeded ? " · a controller's approval is needed" : ""}
            </span>
          ),
          meta: { className: "w-36 align-top" },
        }),
        column.display({
          id: "decision",
          header: () => <span>Decision</span>,
          cell: ({ row }) => <MovementDecision movementId={row.original.id} number={row.original.number} actions={row.original.allowedActions} onResult={onResult} />,
          meta: { className: "w-80 align-top" },
        }),
      ]),
    [route, onResult],
  );
  const csv: CsvColumn<InboxItem>[] = [
    { header: "Number", value: (m) => m.number },
    { header: "Kind", value: (m) => movementKindLabels[m.kind] },
    { header: "Description", value: (m) => m.description },
    { header: "Route", value: route },
    { header: "Requested by", value: (m) => m.requestedByName },
    { header: "Requested", value: (m) => m.createdAt },
    { header: "Effective", value: (m) => m.effectiveDate },
    { header: "Currency", value: (m) => m.currency },
    { header: "Amount", value: (m) => ({ minor: m.amountMinor, currency: m.currency }) },
    { header: "Approvals given", value: (m) => m.progress.given },
    { header: "Approvals required", value: (m) => m.progress.required },
    { header: "Warnings", value: (m) => m.warnings.map((w) => w.message).join(" | ") },
  ];
  return { columns, csv };
}

export const approvalTotals: MoneyTotal<InboxItem>[] = [{ columnId: "amount", money: (m) => ({ minor: m.amountMinor, currency: m.currency }) }];
