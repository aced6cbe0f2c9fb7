"use client";

import type { RouterOutputs } from "@closebook/api";
import Link from "next/link";
import { useMemo } from "react";
import { DateText } from "@/components/date-text";
import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { listColumnHelper } from "@/components/data-table/list-features";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import type { CsvColumn } from "@/lib/csv";

export type NotificationRow = RouterOutputs["notifications"]["list"]["items"][number];

const column = listColumnHelper<NotificationRow>();

/** The notifications' columns; the row actions mark one read, or open its document (marking it read on the way). */
export function useNotificationColumns({ disabled, onMarkRead, onOpen }: { disabled: boolean; onMarkRead: (id: string) => void; onOpen: (id: string) => void }) {
  return useMemo(
    () =>
      column.columns([
        column.accessor("title", {
          id: "notification",
          header: ({ column }) => <DataTableColumnHeader column={column} title="Notification" />,
          cell: ({ row }) => {
            const n = row.original;
            const unread = n.readAt === null;
            return (
              <div className="flex items-start gap-2.5">
                <span aria-hidden="true" className={cn("mt-1.5 size-2 shrink-0 rounded-full", unread ? "bg-brand-600" : "bg-transparent")} />
                <div className="min-w-0">
                  <p className={cn("text-zinc-900", unread && "font-semibold")}>
                    {n.title}
                    {unread ? <span className="sr-only"> (unread)</span> : null}
                  </p>
                  <p className="text-zinc-600">{n.body}</p>
                </div>
              </div>
            );
          },
        }),
        column.accessor("createdAt", {
          id: "received",
          header: ({ column }) => <DataTableColumnHeader column={column} title="Received" />,
          cell: ({ getValue }) => <DateText date={getValue()} withTime className="text-xs text-zinc-500" />,
          meta: { className: "w-40" },
        }),
        column.display({
          id: "actions",
          header: () => <span className="sr-only">Actions</span>,
          cell: ({ row }) => {
            const n = row.original;
            const unread = n.readAt === null;
            return (
              <div className="flex items-center justify-end gap-2">
                {n.link ? (
                  <Link href={n.link} onClick={unread ? () => onOpen(n.id) : undefined} className="text-xs font-medium text-brand-600 hover:underline">
                    Open
                  </Link>
                ) : null}
                {unread ? (
                  <Button size="sm" variant="ghost" disabled={disabled} onClick={() => onMarkRead(n.id)}>
                    Mark read
                  </Button>
                ) : null}
              </div>
            );
          },
          meta: { className: "w-40", align: "right" },
        }),
      ]),
    [disabled, onMarkRead, onOpen],
  );
}

export const notificationCsvColumns: CsvColumn<NotificationRow>[] = [
  { header: "Title", value: (n) => n.title },
  { header: "Body", value: (n) => n.body },
  { header: "Received", value: (n) => n.createdAt },
  { header: "Read", value: (n) => n.readAt },
  { header: "Link", value: (n) => n.link },
];
