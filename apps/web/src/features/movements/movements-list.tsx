"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { FilteredList } from "@/components/data-table/filtered-list";
import { labeled, SelectFilter } from "@/components/data-table/list-filters";
import { Checkbox } from "@/components/ui/form-controls";
import { movementTotals, useMovementColumns } from "@/features/movements/movement-columns";
import { movementListInput, useMovementFilters } from "@/features/movements/movement-filters";
import { MovementRequestForm } from "@/features/movements/movement-request-form";
import { nextCursor } from "@/lib/query-inputs";
import { movementKindLabels, movementKinds, movementStatuses, movementStatusStyles } from "@/lib/status-labels";
import { useTRPC, useTRPCClient } from "@/trpc/react-provider";

/** Movements, newest first, filtered by the server from the URL's filters; (for clerks and above) the request form (`?new=1`). */
export function MovementsList({ canRequest, meUserId }: { canRequest: boolean; meUserId: string }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const view = useMovementFilters();
  const { filters, set } = view;
  const input = movementListInput(view.applied);
  const movements = useInfiniteQuery({ ...trpc.movements.list.infiniteQueryOptions(input, { getNextPageParam: nextCursor }), placeholderData: keepPreviousData });
  const { columns, csv } = useMovementColumns(meUserId);

  return (
    <FilteredList
      view={view}
      query={movements}
      caption="Movements"
      columns={columns}
      getRowId={(m) => m.id}
      noun={{ one: "movement", other: "movements" }}
      empty={{ filtered: "No movements match these filters.", none: "No movements yet." }}
      totals={movementTotals}
      exportCsv={{ filename: "movements", columns: csv, page: (page) => client.movements.list.query({ ...input, ...page }) }}
      create={canRequest ? { button: "Request movement", title: "Request a movement", form: (close) => <MovementRequestForm onClose={close} /> } : null}
      filters={
        <>
          <SelectFilter label="Status" className="w-40" all="All statuses" options={labeled(movementStatuses, (s) => movementStatusStyles[s].label)} value={filters.status} onChange={(v) => set("status", v)} />
          <SelectFilter label="Kind" className="w-40" all="All kinds" options={labeled(movementKinds, (k) => movementKindLabels[k])} value={filters.kind} onChange={(v) => set("kind", v)} />
          <Checkbox label="Requested by me" className="mb-1.5" checked={filters.mine ?? false} onChange={(e) => set("mine", e.target.checked ? true : null)} />
        </>
      }
    />
  );
}
