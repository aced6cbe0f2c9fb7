"use client";

import Link from "next/link";
import { DateText } from "@/components/date-text";
import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { listColumnHelper } from "@/components/data-table/list-features";
import { Badge } from "@/components/ui/badge";
import type { AuditEvent } from "@/features/audit/audit-events-list";
import type { CsvColumn } from "@/lib/csv";
import { auditActionLabel, entityHref, entityTypeLabel, snapshotLabel } from "@/lib/entity-links";

const column = listColumnHelper<AuditEvent>();

/** The audit trail's columns: who did what to which document, when; "Details" opens the event (`openEvent`). */
export const auditColumns = (openEvent: (eventId: string) => void) => column.columns([
  column.accessor((e) => e.actorName ?? "Someone", {
    id: "who",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Who" />,
    cell: ({ getValue }) => <span className="font-medium whitespace-nowrap text-zinc-900">{getValue()}</span>,
    meta: { className: "w-40" },
  }),
  column.accessor((e) => auditActionLabel(e.action), {
    id: "action",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Action" />,
    cell: ({ row, getValue }) => {
      const event = row.original;
      return (
        <div className="min-w-0">
          <span className="text-zinc-700">{getValue().toLowerCase()}</span>
          <button
            type="button"
            className="ml-2 text-xs font-medium text-brand-600 hover:underline"
            aria-label={`Open ${getValue().toLowerCase()} by ${event.actorName ?? "someone"}`}
            data-testid="open-audit-event"
            onClick={() => openEvent(event.id)}
          >
            Details
          </button>
        </div>
      );
    },
  }),
  column.accessor((e) => entityTypeLabel(e.entityType), {
    id: "document",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Document" />,
    cell: ({ row }) => {
      const event = row.original;
      const href = entityHref(event.entityType, event.entityId);
      const number = snapshotLabel(event.entityType, event.after, event.before);
      return (
        <span className="flex items-center gap-2 whitespace-nowrap">
          <Badge>{entityTypeLabel(event.entityType)}</Badge>
          {href ? (
            <Link href={href} className="font-mono text-xs text-brand-600 hover:underline">
              {number ?? "view"}
            </Link>
          ) : number ? (
            <span className="font-mono text-xs text-zinc-600">{number}</span>
          ) : null}
        </span>
      );
    },
    meta: { className: "w-56" },
  }),
  column.accessor("createdAt", {
    id: "when",
    header: ({ column }) => <DataTableColumnHeader column={column} title="When" align="right" />,
    cell: ({ getValue }) => (
      <DateText date={getValue()} withTime className="text-xs text-zinc-500 tabular-nums" />
    ),
    meta: { className: "w-40", align: "right" },
  }),
]);

export const auditCsvColumns: CsvColumn<AuditEvent>[] = [
  { header: "When", value: (e) => e.createdAt },
  { header: "Time (UTC)", value: (e) => e.createdAt.toISOString().slice(11, 19) },
  { header: "Who", value: (e) => e.actorName },
  { header: "Action", value: (e) => auditActionLabel(e.action) },
  { header: "Document type", value: (e) => entityTypeLabel(e.entityType) },
  { header: "Document", value: (e) => snapshotLabel(e.entityType, e.after, e.before) },
  { header: "Document id", value: (e) => e.entityId },
  { header: "Before", value: (e) => (e.before === null ? null : JSON.stringify(e.before)) },
  { header: "After", value: (e) => (e.after === null ? null : JSON.stringify(e.after)) },
];
