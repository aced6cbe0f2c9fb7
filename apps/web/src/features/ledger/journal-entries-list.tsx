"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { DataTable } from "@/components/data-table/data-table";
import { Button } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";
import { Field } from "@/components/ui/form-controls";
import { NativeSelect } from "@/components/ui/select";
import { journalColumns, journalCsvColumns, journalTotals } from "@/features/ledger/journal-entry-columns";
import { journalListInput, useJournalFilters } from "@/features/ledger/journal-entry-filters";
import { exportPageSize, fetchAllPages } from "@/lib/fetch-all-pages";
import { nextCursor } from "@/lib/query-inputs";
import { accountLabel, useAccounts } from "@/lib/reference-data";
import { entrySources, entrySourceStyles, isOneOf } from "@/lib/status-labels";
import { useTRPC, useTRPCClient } from "@/trpc/react-provider";

/** The journal: posted entries, newest first, filtered (in the URL) by source, account and effective date. */
export function JournalEntriesList() {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const view = useJournalFilters();
  const { filters, applied, set } = view;
  const accounts = useAccounts();
  const input = journalListInput(applied);
  const entries = useInfiniteQuery({
    ...trpc.ledger.entries.infiniteQueryOptions(input, { getNextPageParam: nextCursor }),
    placeholderData: keepPreviousData,
  });
  const rows = entries.data?.pages.flatMap((page) => page.items);

  return (
    <div className="p-6">
      <DataTable
        key={view.filterKey}
        caption="Journal entries"
        columns={journalColumns}
        data={rows}
        getRowId={(e) => e.id}
        noun={{ one: "entry", other: "entries" }}
        loading={!entries.data}
        error={entries.error}
        empty={view.filtered ? "No entries match these filters." : "Nothing posted yet."}
        sorting={view.sorting}
        onSortingChange={view.setSorting}
        pageSize={view.pageSize}
        onPageSizeChange={view.setPageSize}
        server={{ hasMore: entries.hasNextPage, loading: entries.isFetchingNextPage, loadMore: () => entries.fetchNextPage() }}
        totals={journalTotals}
        summary={entries.isFetching && entries.data ? "updating…" : undefined}
        exportCsv={{
          filename: "journal-entries",
          columns: journalCsvColumns,
          fetchAll: () => fetchAllPages((cursor) => client.ledger.entries.query({ ...input, limit: exportPageSize, ...(cursor ? { cursor } : {}) })),
        }}
        filters={
          <>
            <Field label="Source" className="w-40">
              {(control) => (
                <NativeSelect {...control} value={filters.source ?? ""} onChange={(e) => set("source", isOneOf(entrySources, e.target.value) ? e.target.value : null)}>
                  <option value="">All sources</option>
                  {entrySources.map((s) => (
                    <option key={s} value={s}>
                      {entrySourceStyles[s].label}
                    </option>
                  ))}
                </NativeSelect>
              )}
            </Field>
            <Field label="Account" className="w-64">
              {(control) => (
                <NativeSelect {...control} value={filters.accountId ?? ""} onChange={(e) => set("accountId", e.target.value)}>
                  <option value="">All accounts</option>
                  {accounts.data?.map((a) => (
                    <option key={a.id} value={a.id}>
                      {accountLabel(a)}
                    </option>
                  ))}
                </NativeSelect>
              )}
            </Field>
            <DateField floatingErrors key={`from-${view.resetKey}`} label="Effective from" className="w-40" value={filters.from ?? ""} max={filters.to ?? undefined} onChange={(text, entry) => set("from", text, { hold: entry.badInput })} />
            <DateField floatingErrors key={`to-${view.resetKey}`} label="Effective to" className="w-40" value={filters.to ?? ""} min={filters.from ?? undefined} onChange={(text, entry) => set("to", text, { hold: entry.badInput })} />
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
