"use client";

import Link from "next/link";
import { useMemo } from "react";
import { DateText } from "@/components/date-text";
import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { listColumnHelper } from "@/components/data-table/list-features";
import { TaskStatusBadge } from "@/components/status-badges";
import { CompleteTaskButton } from "@/features/tasks/complete-task-button";
import type { Task } from "@/features/tasks/task-list-items";
import type { ActionResult } from "@/lib/action-result";
import type { CsvColumn } from "@/lib/csv";
import { entityHref } from "@/lib/entity-links";
import { roleLabel } from "@/lib/roles";
import { taskStatusStyles } from "@/lib/status-labels";

const column = listColumnHelper<Task>();

function assigneeOf(task: Task, meUserId: string): string {
  return task.assigneeUserId ? (task.assigneeUserId === meUserId ? "You" : "A colleague") : `${roleLabel(task.assigneeRole)}s`;
}

/** The tasks' columns: what to do, for whom, when, and "Done" while open. */
export function useTaskColumns({ meUserId, onResult }: { meUserId: string; onResult: (result: ActionResult) => void }) {
  return useMemo(
    () =>
      column.columns([
        column.accessor("title", {
          id: "task",
          header: ({ column }) => <DataTableColumnHeader column={column} title="Task" />,
          cell: ({ row }) => (
            <div className="min-w-0">
              <span className="font-medium text-zinc-900">{row.original.title}</span>
              <p className="text-zinc-600">{row.original.detail}</p>
            </div>
          ),
        }),
        column.accessor((t) => assigneeOf(t, meUserId), {
          id: "for",
          header: ({ column }) => <DataTableColumnHeader column={column} title="For" />,
          cell: ({ getValue }) => <span className="text-zinc-600">{getValue()}</span>,
          meta: { className: "w-32" },
        }),
        column.accessor("createdAt", {
          id: "created",
          header: ({ column }) => <DataTableColumnHeader column={column} title="Created" />,
          cell: ({ getValue }) => <DateText date={getValue()} withTime className="text-xs text-zinc-500" />,
          meta: { className: "w-40" },
        }),
        column.accessor("dueOn", {
          id: "due",
          header: ({ column }) => <DataTableColumnHeader column={column} title="Due" />,
          cell: ({ getValue }) => <DateText date={getValue()} className="text-zinc-600" />,
          meta: { className: "w-28" },
        }),
        column.accessor("status", {
          id: "status",
          header: ({ column }) => <DataTableColumnHeader column={column} title="Status" />,
          cell: ({ row }) => (
            <span className="flex flex-col items-start gap-0.5">
              <TaskStatusBadge status={row.original.status} />
              {row.original.completedAt ? <span className="text-xs whitespace-nowrap text-zinc-500">done <DateText date={row.original.completedAt} withTime /></span> : null}
            </span>
          ),
          meta: { className: "w-28" },
        }),
        column.display({
          id: "actions",
          header: () => <span className="sr-only">Actions</span>,
          cell: ({ row }) => {
            const task = row.original;
            const href = entityHref(task.entityType, task.entityId);
            return (
              <div className="flex items-center justify-end gap-3">
                {href ? (
                  <Link href={href} className="text-xs font-medium text-brand-600 hover:underline">
                    Open
                  </Link>
                ) : null}
                {task.status === "open" ? <CompleteTaskButton taskId={task.id} title={task.title} verdict={task.allowedActions.complete} onResult={onResult} /> : null}
              </div>
            );
          },
          meta: { className: "w-36", align: "right" },
        }),
      ]),
    [meUserId, onResult],
  );
}

export function taskCsvColumns(meUserId: string): CsvColumn<Task>[] {
  return [
    { header: "Task", value: (t) => t.title },
    { header: "Detail", value: (t) => t.detail },
    { header: "For", value: (t) => assigneeOf(t, meUserId) },
    { header: "Created", value: (t) => t.createdAt },
    { header: "Due", value: (t) => t.dueOn },
    { header: "Status", value: (t) => taskStatusStyles[t.status].label },
    { header: "Done", value: (t) => t.completedAt },
  ];
}
