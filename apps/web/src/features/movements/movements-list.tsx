"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { Plus as PlusIcon } from "lucide-react";
import { parseAsBoolean, useQueryState } from "nuqs";
import { DataTable } from "@/components/data-table/data-table";
import { Button } from "@/components/ui/button";
import { Checkbox, Field } from "@/components/ui/form-controls";
import { Panel } from "@/components/ui/panel";
import { NativeSelect } from "@/components/ui/select";
import { movementTotals, useMovementColumns } from "@/features/movements/movement-columns";
import { movementListInput, useMovementFilters } from "@/features/movements/movement-filters";
import { MovementRequestForm } from "@/features/movements/movement-request-form";
import { exportPageSize, fetchAllPages } from "@/lib/fetch-all-pages";
import { nextCursor } from "@/lib/query-inputs";
import { isOneOf, movementKindLabels, movementKinds, movementStatuses, movementStatusStyles } from "@/lib/status-labels";
import { useHydrated } from "@/lib/use-hydrated";
import { useTRPC, useTRPCClient } from "@/trpc/react-provider";

/** Movements, newest first, filtered by the server from the URL's filters; (for clerks and above) the request form (`?new=1`). */
export function MovementsList({ canRequest, meUserId }: { canRequest: boolean; meUserId: string }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const hydrated = useHydrated();
  const view = useMovementFilters();
  const { filters, applied, set } = view;
  const [requesting, setRequesting] = useQueryState("new", parseAsBoolean.withDefault(false).withOptions({ history: "replace", clearOnDefault: true }));
  const input = movementListInput(applied);
  const movements = useInfiniteQuery({
    ...trpc.movements.list.infiniteQueryOptions(input, { getNextPageParam: nextCursor }),
    placeholderData: keepPreviousData,
  });
  const rows = movements.data?.pages.flatMap((page) => page.items);
  const { columns, csv } = useMovementColumns(meUserId);

  return (
    <div className="flex flex-col gap-4 p-6">
      {canRequest && requesting ? (
        <Panel title="Request a movement" bodyClassName="p-4">
          <MovementRequestForm onClose={() => void setRequesting(false)} />
        </Panel>
      ) : null}
      <DataTable
        key={view.filterKey}
        caption="Movements"
        columns={columns}
        data={rows}
        getRowId={(m) => m.id}
        noun={{ one: "movement", other: "movements" }}
        loading={!movements.data}
        error={movements.error}
        empty={view.filtered ? "No movements match these filters." : "No movements yet."}
        sorting={view.sorting}
        onSortingChange={view.setSorting}
        pageSize={view.pageSize}
        onPageSizeChange={view.setPageSize}
        server={{ hasMore: movements.hasNextPage, loading: movements.isFetchingNextPage, loadMore: () => movements.fetchNextPage() }}
        totals={movementTotals}
        summary={movements.isFetching && movements.data ? "updating…" : undefined}
        exportCsv={{
          filename: "movements",
          columns: csv,
          fetchAll: () => fetchAllPages((cursor) => client.movements.list.query({ ...input, limit: exportPageSize, ...(cursor ? { cursor } : {}) })),
        }}
        actions={
          canRequest && !requesting ? (
            <Button variant="primary" disabled={!hydrated} onClick={() => void setRequesting(true)}>
              <PlusIcon />
              Request movement
            </Button>
          ) : null
        }
        filters={
          <>
            <Field label="Status" className="w-40">
              {(control) => (
                <NativeSelect {...control} value={filters.status ?? ""} onChange={(e) => set("status", isOneOf(movementStatuses, e.target.value) ? e.target.value : null)}>
                  <option value="">All statuses</option>
                  {movementStatuses.map((s) => (
                    <option key={s} value={s}>
                      {movementStatusStyles[s].label}
                    </option>
                  ))}
                </NativeSelect>
              )}
            </Field>
            <Field label="Kind" className="w-40">
              {(control) => (
                <NativeSelect {...control} value={filters.kind ?? ""} onChange={(e) => set("kind", isOneOf(movementKinds, e.target.value) ? e.target.value : null)}>
                  <option value="">All kinds</option>
                  {movementKinds.map((k) => (
                    <option key={k} value={k}>
                      {movementKindLabels[k]}
                    </option>
                  ))}
                </NativeSelect>
              )}
            </Field>
            <Checkbox label="Requested by me" className="mb-1.5" checked={filters.mine ?? false} onChange={(e) => set("mine", e.target.checked ? true : null)} />
            {view.filtered ? (
              <Button variant="ghost" size="sm" className="mb-0.5" onClick={view.clear}>
                Clear filters
              </Button>
            ) : null}
          </>
        }
      />
    </div>
  );
}
