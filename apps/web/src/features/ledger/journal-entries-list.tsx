"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { FilteredList } from "@/components/data-table/filtered-list";
import { DateRangeFilter, labeled, SelectFilter } from "@/components/data-table/list-filters";
import { journalColumns, journalCsvColumns, journalTotals } from "@/features/ledger/journal-entry-columns";
import { journalListInput, useJournalFilters } from "@/features/ledger/journal-entry-filters";
import { nextCursor } from "@/lib/query-inputs";
import { accountLabel, useAccounts } from "@/lib/reference-data";
import { entrySources, entrySourceStyles } from "@/lib/status-labels";
import { useTRPC, useTRPCClient } from "@/trpc/react-provider";

/** The journal: posted entries, newest first, filtered (in the URL) by source, account and effective date. */
export function JournalEntriesList() {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const view = useJournalFilters();
  const { filters, set } = view;
  const accounts = useAccounts();
  const input = journalListInput(view.applied);
  const entries = useInfiniteQuery({ ...trpc.ledger.entries.infiniteQueryOptions(input, { getNextPageParam: nextCursor }), placeholderData: keepPreviousData });

  return (
    <FilteredList
      className="p-6"
      view={view}
      query={entries}
      caption="Journal entries"
      columns={journalColumns}
      getRowId={(e) => e.id}
      noun={{ one: "entry", other: "entries" }}
      empty={{ filtered: "No entries match these filters.", none: "Nothing posted yet." }}
      totals={journalTotals}
      exportCsv={{ filename: "journal-entries", columns: journalCsvColumns, page: (page) => client.ledger.entries.query({ ...input, ...page }) }}
      filters={
        <>
          <SelectFilter label="Source" className="w-40" all="All sources" options={labeled(entrySources, (s) => entrySourceStyles[s].label)} value={filters.source} onChange={(v) => set("source", v)} />
          <SelectFilter label="Account" className="w-64" all="All accounts" options={accounts.data?.map((a) => ({ value: a.id, label: accountLabel(a) }))} value={filters.accountId} onChange={(v) => set("accountId", v)} />
          <DateRangeFilter labels={{ from: "Effective from", to: "Effective to" }} from={filters.from} to={filters.to} resetKey={view.resetKey} onChange={(key, text, hold) => set(key, text, { hold })} />
        </>
      }
    />
  );
}
