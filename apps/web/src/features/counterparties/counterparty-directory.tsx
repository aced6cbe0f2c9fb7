"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { Plus as PlusIcon, Search as SearchIcon } from "lucide-react";
import { useEffect, useState } from "react";
import { useNewFormParam } from "@/lib/use-list-params";
import { DataTable } from "@/components/data-table/data-table";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/form-controls";
import { Input } from "@/components/ui/input";
import { Panel } from "@/components/ui/panel";
import { counterpartyColumns, counterpartyCsvColumns } from "@/features/counterparties/counterparty-columns";
import { CounterpartyCreateForm } from "@/features/counterparties/counterparty-create-form";
import { counterpartyListInput, useCounterpartyFilters, type CounterpartyKind } from "@/features/counterparties/counterparty-filters";
import { exportPageSize, fetchAllPages } from "@/lib/fetch-all-pages";
import { nextCursor } from "@/lib/query-inputs";
import { useDebouncedValue } from "@/lib/use-debounced-value";
import { useHydrated } from "@/lib/use-hydrated";
import { useTRPC, useTRPCClient } from "@/trpc/react-provider";

const nouns: Record<CounterpartyKind, { one: string; other: string; title: string }> = {
  customer: { one: "customer", other: "customers", title: "Customer" },
  vendor: { one: "vendor", other: "vendors", title: "Vendor" },
};

/** The customers (or vendors) of the organization: search (in the URL), pages, CSV, and adding one (`?new=1`). */
export function CounterpartyDirectory({ kind, canCreate }: { kind: CounterpartyKind; canCreate: boolean }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const hydrated = useHydrated();
  const view = useCounterpartyFilters();
  const [search, setSearch] = useState(view.filters.search ?? "");
  const term = useDebouncedValue(search.trim());
  const [creating, setCreating] = useNewFormParam();
  useEffect(() => {
    if (term !== (view.applied.search ?? "")) view.set("search", term);
  }, [term]);
  const input = counterpartyListInput(kind, view.applied);
  const list = useInfiniteQuery({
    ...trpc.counterparties.list.infiniteQueryOptions(input, { getNextPageParam: nextCursor }),
    placeholderData: keepPreviousData,
  });
  const rows = list.data?.pages.flatMap((page) => page.items);
  const noun = nouns[kind];

  return (
    <div className="flex flex-col gap-4 p-6">
      {canCreate && creating ? (
        <Panel title={`New ${noun.one}`} bodyClassName="p-4">
          <CounterpartyCreateForm kind={kind} onClose={() => setCreating(false)} />
        </Panel>
      ) : null}
      <DataTable
        key={view.filterKey}
        caption={`${noun.title}s`}
        columns={counterpartyColumns}
        data={rows}
        getRowId={(c) => c.id}
        noun={{ one: noun.one, other: noun.other }}
        loading={!list.data}
        error={list.error}
        empty={view.applied.search ? `No ${noun.other} match “${view.applied.search}”.` : `No ${noun.other} yet.`}
        sorting={view.sorting}
        onSortingChange={view.setSorting}
        pageSize={view.pageSize}
        onPageSizeChange={view.setPageSize}
        server={{ hasMore: list.hasNextPage, loading: list.isFetchingNextPage, loadMore: () => list.fetchNextPage() }}
        summary={list.isFetching && list.data ? "updating…" : undefined}
        exportCsv={{
          filename: `${noun.other}`,
          columns: counterpartyCsvColumns,
          fetchAll: () => fetchAllPages((cursor) => client.counterparties.list.query({ ...input, limit: exportPageSize, ...(cursor ? { cursor } : {}) })),
        }}
        actions={
          canCreate && !creating ? (
            <Button variant="primary" disabled={!hydrated} onClick={() => setCreating(true)}>
              <PlusIcon />
              New {noun.one}
            </Button>
          ) : null
        }
        filters={
          <Field label="Search" className="w-64">
            {(control) => (
              <div className="relative">
                <SearchIcon className="pointer-events-none absolute top-1/2 left-2 size-3.5 -translate-y-1/2 text-zinc-400" />
                <Input {...control} type="search" placeholder="Name" className="pl-7" value={search} onChange={(e) => setSearch(e.target.value)} />
              </div>
            )}
          </Field>
        }
      />
    </div>
  );
}
