"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ActionOutcome } from "@/components/action-outcome";
import { DataTable } from "@/components/data-table/data-table";
import { Field } from "@/components/ui/form-controls";
import { NativeSelect } from "@/components/ui/select";
import { taskCsvColumns, useTaskColumns } from "@/features/tasks/task-columns";
import { taskListInput, useTaskFilters } from "@/features/tasks/task-filters";
import type { ActionResult } from "@/lib/action-result";
import { exportPageSize, fetchAllPages } from "@/lib/fetch-all-pages";
import { nextCursor } from "@/lib/query-inputs";
import { isOneOf, taskStatuses, taskStatusStyles } from "@/lib/status-labels";
import { useTRPC, useTRPCClient } from "@/trpc/react-provider";

/** The tasks of the signed-in person and their role: open ones by default (the filter is in the URL), each with "Done". */
export function TasksList({ meUserId }: { meUserId: string }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const view = useTaskFilters();
  const [result, setResult] = useState<ActionResult | null>(null);
  const input = taskListInput(view.applied);
  const tasks = useInfiniteQuery({
    ...trpc.tasks.list.infiniteQueryOptions(input, { getNextPageParam: nextCursor }),
    placeholderData: keepPreviousData,
  });
  const rows = tasks.data?.pages.flatMap((page) => page.items);
  const columns = useTaskColumns({ meUserId, onResult: setResult });

  return (
    <div className="flex max-w-6xl flex-col gap-4 p-6">
      {result ? (
        <div className="flex flex-col gap-2">
          <ActionOutcome result={result} />
        </div>
      ) : null}
      <DataTable
        key={view.filterKey}
        caption="Tasks"
        columns={columns}
        data={rows}
        getRowId={(t) => t.id}
        noun={{ one: "task", other: "tasks" }}
        loading={!tasks.data}
        error={tasks.error}
        empty={view.applied.status === "open" ? "No open tasks: nothing to follow up." : "No tasks here."}
        sorting={view.sorting}
        onSortingChange={view.setSorting}
        pageSize={view.pageSize}
        onPageSizeChange={view.setPageSize}
        server={{ hasMore: tasks.hasNextPage, loading: tasks.isFetchingNextPage, loadMore: () => tasks.fetchNextPage() }}
        summary={tasks.isFetching && tasks.data ? "updating…" : undefined}
        rowAttributes={() => ({ "data-testid": "task" })}
        exportCsv={{
          filename: "tasks",
          columns: taskCsvColumns(meUserId),
          fetchAll: () => fetchAllPages((cursor) => client.tasks.list.query({ ...input, limit: exportPageSize, ...(cursor ? { cursor } : {}) })),
        }}
        filters={
          <Field label="Status" className="w-36">
            {(control) => (
              <NativeSelect {...control} value={view.filters.status === "all" ? "" : view.filters.status} onChange={(e) => view.set("status", isOneOf(taskStatuses, e.target.value) ? e.target.value : "all")}>
                <option value="">All tasks</option>
                {taskStatuses.map((s) => (
                  <option key={s} value={s}>
                    {taskStatusStyles[s].label}
                  </option>
                ))}
              </NativeSelect>
            )}
          </Field>
        }
      />
    </div>
  );
}
