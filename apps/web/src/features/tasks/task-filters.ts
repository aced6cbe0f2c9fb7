import { taskStatuses } from "@closebook/core";
import { createLoader, parseAsStringLiteral } from "nuqs/server";
import { listViewParsers, type FilterValues } from "@/lib/list-params";
import { listInput } from "@/lib/query-inputs";
import { useListParams } from "@/lib/use-list-params";

/** The tasks list's filter in the URL: open tasks by default, `/tasks?status=done` or `?status=all`. */
export const taskFilterParsers = {
  status: parseAsStringLiteral([...taskStatuses, "all"] as const).withDefault("open"),
};

export type TaskFilters = FilterValues<typeof taskFilterParsers>;

export const loadTaskFilters = createLoader({ ...taskFilterParsers, ...listViewParsers });

export function taskListInput(filters: TaskFilters) {
  return listInput({ status: filters.status === "all" ? "" : filters.status });
}

export function useTaskFilters() {
  return useListParams(taskFilterParsers);
}
