import { entrySources } from "@closebook/core";
import { createLoader, parseAsString, parseAsStringLiteral } from "nuqs/server";
import { listViewParsers, parseAsCalendarDate, type FilterValues } from "@/lib/list-params";
import { listInput } from "@/lib/query-inputs";
import { useListParams } from "@/lib/use-list-params";

/** The journal's filters in the URL: `/ledger?source=manual&accountId=…&from=2026-11-01&to=2026-11-30`. */
export const journalFilterParsers = {
  source: parseAsStringLiteral(entrySources),
  accountId: parseAsString,
  from: parseAsCalendarDate,
  to: parseAsCalendarDate,
};

export type JournalFilters = FilterValues<typeof journalFilterParsers>;

export const loadJournalFilters = createLoader({ ...journalFilterParsers, ...listViewParsers });

export function journalListInput(filters: JournalFilters) {
  return listInput({ source: filters.source ?? "", accountId: filters.accountId ?? "", from: filters.from ?? "", to: filters.to ?? "" });
}

export function useJournalFilters() {
  return useListParams(journalFilterParsers);
}
