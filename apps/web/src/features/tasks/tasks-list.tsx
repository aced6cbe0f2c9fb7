"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { ActionResult } from "@/lib/action-result";
import { listInput, nextCursor } from "@/lib/query-inputs";
import { isOneOf, taskStatuses, taskStatusStyles, type TaskStatus } from "@/lib/status-labels";
import { useTRPC } from "@/trpc/react-provider";
import { ActionOutcome } from "@/components/action-outcome";
import { LoadMore } from "@/components/load-more";
import { QueryStatus } from "@/components/query-status";
import { TaskListItems } from "@/features/tasks/task-list-items";
import { FilterBar } from "@/components/ui/filter-bar";
import { Field } from "@/components/ui/form-controls";
import { NativeSelect } from "@/components/ui/select";
import { EmptyMessage } from "@/components/ui/panel";

/** The tasks of the signed-in person and their role: open ones first by default, each with "Done". */
export function TasksList({ meUserId, canComplete }: { meUserId: string; canComplete: boolean }) {
  const trpc = useTRPC();
  const [status, setStatus] = useState<TaskStatus | "">("open");
  const [result, setResult] = useState<ActionResult | null>(null);
  const tasks = useInfiniteQuery({
    ...trpc.tasks.list.infiniteQueryOptions(listInput({ status }), { getNextPageParam: nextCursor }),
    placeholderData: keepPreviousData,
  });
  const rows = tasks.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <div className="flex max-w-5xl flex-col gap-4 p-6">
      {result ? (
        <div className="flex flex-col gap-2">
          <ActionOutcome result={result} />
        </div>
      ) : null}
      <section aria-label="Tasks" className="overflow-clip rounded-lg border border-zinc-200 bg-white shadow-xs">
        <FilterBar summary={tasks.isFetching && tasks.data ? "updating…" : undefined}>
          <Field label="Status" className="w-36">
            {(control) => (
              <NativeSelect {...control} value={status} onChange={(e) => setStatus(isOneOf(taskStatuses, e.target.value) ? e.target.value : "")}>
                <option value="">All tasks</option>
                {taskStatuses.map((s) => (
                  <option key={s} value={s}>
                    {taskStatusStyles[s].label}
                  </option>
                ))}
              </NativeSelect>
            )}
          </Field>
        </FilterBar>
        <QueryStatus error={tasks.error} loading={!tasks.data} what="tasks" />
        {tasks.data ? (
          rows.length ? (
            <>
              <TaskListItems tasks={rows} meUserId={meUserId} canComplete={canComplete} onResult={setResult} />
              <LoadMore shown={rows.length} noun={rows.length === 1 ? "task" : "tasks"} hasMore={tasks.hasNextPage} loading={tasks.isFetchingNextPage} onLoadMore={() => void tasks.fetchNextPage()} />
            </>
          ) : (
            <EmptyMessage>{status === "open" ? "No open tasks: nothing to follow up." : "No tasks here."}</EmptyMessage>
          )
        ) : null}
      </section>
    </div>
  );
}
