import { movementKinds, movementStatuses } from "@closebook/core";
import { createLoader, parseAsBoolean, parseAsStringLiteral } from "nuqs/server";
import { listViewParsers, type FilterValues } from "@/lib/list-params";
import { listInput } from "@/lib/query-inputs";
import { useListParams } from "@/lib/use-list-params";

/** The movements list's filters in the URL: `/movements?status=pending_approval&kind=transfer&mine=true`. */
export const movementFilterParsers = {
  status: parseAsStringLiteral(movementStatuses),
  kind: parseAsStringLiteral(movementKinds),
  mine: parseAsBoolean,
};

export type MovementFilters = FilterValues<typeof movementFilterParsers>;

export const loadMovementFilters = createLoader({ ...movementFilterParsers, ...listViewParsers });

export function movementListInput(filters: MovementFilters) {
  return listInput({ status: filters.status ?? "", kind: filters.kind ?? "", mine: filters.mine ?? false });
}

export function useMovementFilters() {
  return useListParams(movementFilterParsers);
}
