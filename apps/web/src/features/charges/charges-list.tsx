"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { Plus as PlusIcon } from "lucide-react";
import { parseAsBoolean, useQueryState } from "nuqs";
import { DataTable } from "@/components/data-table/data-table";
import { chargeColumns, chargeCsvColumns, chargeTotals } from "@/features/charges/charge-columns";
import { ChargeCreateForm } from "@/features/charges/charge-create-form";
import { chargeListInput, useChargeFilters } from "@/features/charges/charge-filters";
import { Button } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";
import { Field } from "@/components/ui/form-controls";
import { Panel } from "@/components/ui/panel";
import { NativeSelect } from "@/components/ui/select";
import { fetchAllPages, exportPageSize } from "@/lib/fetch-all-pages";
import { nextCursor } from "@/lib/query-inputs";
import { useCounterparties } from "@/lib/reference-data";
import { chargeStatuses, chargeStatusStyles, isOneOf } from "@/lib/status-labels";
import { useHydrated } from "@/lib/use-hydrated";
import { useTRPC, useTRPCClient } from "@/trpc/react-provider";

/** Charges, newest first, filtered by the server from the URL's filters; (for clerks and above) the form for a new one (`?new=1`). */
export function ChargesList({ canCreate, canIssue }: { canCreate: boolean; canIssue: boolean }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const hydrated = useHydrated();
  const view = useChargeFilters();
  const { filters, applied, set } = view;
  const [creating, setCreating] = useQueryState("new", parseAsBoolean.withDefault(false).withOptions({ history: "replace", clearOnDefault: true }));
  const customers = useCounterparties("customer");
  const input = chargeListInput(applied);
  const charges = useInfiniteQuery({
    ...trpc.charges.list.infiniteQueryOptions(input, { getNextPageParam: nextCursor }),
    placeholderData: keepPreviousData,
  });
  const rows = charges.data?.pages.flatMap((page) => page.items);

  return (
    <div className="flex flex-col gap-4 p-6">
      {canCreate && creating ? (
        <Panel title="New charge" bodyClassName="p-4">
          <ChargeCreateForm canIssue={canIssue} onClose={() => void setCreating(false)} />
        </Panel>
      ) : null}

      <DataTable
        key={view.filterKey}
        caption="Charges"
        columns={chargeColumns}
        data={rows}
        getRowId={(c) => c.id}
        noun={{ one: "charge", other: "charges" }}
        loading={!charges.data}
        error={charges.error}
        empty={view.filtered ? "No charges match these filters." : "No charges yet."}
        sorting={view.sorting}
        onSortingChange={view.setSorting}
        pageSize={view.pageSize}
        onPageSizeChange={view.setPageSize}
        server={{ hasMore: charges.hasNextPage, loading: charges.isFetchingNextPage, loadMore: () => charges.fetchNextPage() }}
        totals={chargeTotals}
        summary={charges.isFetching && charges.data ? "updating…" : undefined}
        exportCsv={{
          filename: "charges",
          columns: chargeCsvColumns,
          fetchAll: () => fetchAllPages((cursor) => client.charges.list.query({ ...input, limit: exportPageSize, ...(cursor ? { cursor } : {}) })),
        }}
        actions={
          canCreate && !creating ? (
            <Button variant="primary" disabled={!hydrated} onClick={() => void setCreating(true)}>
              <PlusIcon />
              New charge
            </Button>
          ) : null
        }
        filters={
          <>
            <Field label="Status" className="w-36">
              {(control) => (
                <NativeSelect {...control} value={filters.status ?? ""} onChange={(e) => set("status", isOneOf(chargeStatuses, e.target.value) ? e.target.value : null)}>
                  <option value="">All statuses</option>
                  {chargeStatuses.map((s) => (
                    <option key={s} value={s}>
                      {chargeStatusStyles[s].label}
                    </option>
                  ))}
                </NativeSelect>
              )}
            </Field>
            <Field label="Customer" className="w-56">
              {(control) => (
                <NativeSelect {...control} value={filters.customerId ?? ""} onChange={(e) => set("customerId", e.target.value)}>
                  <option value="">All customers</option>
                  {customers.data?.items.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </NativeSelect>
              )}
            </Field>
            <DateField floatingErrors key={`from-${view.resetKey}`} label="Created from" className="w-40" value={filters.from ?? ""} max={filters.to ?? undefined} onChange={(text, entry) => set("from", text, { hold: entry.badInput })} />
            <DateField floatingErrors key={`to-${view.resetKey}`} label="Created to" className="w-40" value={filters.to ?? ""} min={filters.from ?? undefined} onChange={(text, entry) => set("to", text, { hold: entry.badInput })} />
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
