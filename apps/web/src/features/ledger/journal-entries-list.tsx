"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { listInput, nextCursor } from "@/lib/query-inputs";
import { useFilters } from "@/lib/use-filters";
import { accountLabel, useAccounts } from "@/lib/reference-data";
import { entrySources, entrySourceStyles, isOneOf, type EntrySource } from "@/lib/status-labels";
import { useTRPC } from "@/trpc/react-provider";
import { JournalEntriesTable } from "@/features/ledger/journal-entries-table";
import { LoadMore } from "@/components/load-more";
import { QueryStatus } from "@/components/query-status";
import { Button } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";
import { FilterBar } from "@/components/ui/filter-bar";
import { Field } from "@/components/ui/form-controls";
import { NativeSelect } from "@/components/ui/select";
import { EmptyMessage } from "@/components/ui/panel";

interface EntryFilters {
  source: EntrySource | "";
  accountId: string;
  from: string;
  to: string;
}

const noFilters: EntryFilters = { source: "", accountId: "", from: "", to: "" };

/** The journal: posted entries, newest first, filtered by source, account and effective date. */
export function JournalEntriesList() {
  const trpc = useTRPC();
  const { filters, applied, set, clear, resetKey, filtered } = useFilters<EntryFilters>(noFilters);
  const accounts = useAccounts();
  const entries = useInfiniteQuery({
    ...trpc.ledger.entries.infiniteQueryOptions(listInput({ ...applied }), { getNextPageParam: nextCursor }),
    placeholderData: keepPreviousData,
  });
  const rows = entries.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <div className="p-6">
      <section aria-label="Journal entries" className="overflow-clip rounded-lg border border-zinc-200 bg-white shadow-xs">
        <FilterBar summary={entries.isFetching && entries.data ? "updating…" : undefined}>
          <Field label="Source" className="w-40">
            {(control) => (
              <NativeSelect {...control} value={filters.source} onChange={(e) => set("source", isOneOf(entrySources, e.target.value) ? e.target.value : "")}>
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
              <NativeSelect {...control} value={filters.accountId} onChange={(e) => set("accountId", e.target.value)}>
                <option value="">All accounts</option>
                {accounts.data?.map((a) => (
                  <option key={a.id} value={a.id}>
                    {accountLabel(a)}
                  </option>
                ))}
              </NativeSelect>
            )}
          </Field>
          <DateField floatingErrors key={`from-${resetKey}`} label="Effective from" className="w-40" value={filters.from} max={filters.to || undefined} onChange={(text, entry) => set("from", text, { hold: entry.badInput })} />
          <DateField floatingErrors key={`to-${resetKey}`} label="Effective to" className="w-40" value={filters.to} min={filters.from || undefined} onChange={(text, entry) => set("to", text, { hold: entry.badInput })} />
          {filtered ? (
            <Button variant="ghost" size="sm" className="mb-0.5" onClick={clear}>
              Clear filters
            </Button>
          ) : null}
        </FilterBar>
        <QueryStatus error={entries.error} loading={!entries.data} what="journal entries" />
        {entries.data ? (
          rows.length ? (
            <>
              <JournalEntriesTable entries={rows} />
              <LoadMore
                shown={rows.length}
                noun={rows.length === 1 ? "entry" : "entries"}
                hasMore={entries.hasNextPage}
                loading={entries.isFetchingNextPage}
                onLoadMore={() => void entries.fetchNextPage()}
              />
            </>
          ) : (
            <EmptyMessage>{filtered ? "No entries match these filters." : "Nothing posted yet."}</EmptyMessage>
          )
        ) : null}
      </section>
    </div>
  );
}
