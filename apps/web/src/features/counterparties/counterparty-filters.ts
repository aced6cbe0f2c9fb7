import { createLoader, parseAsString } from "nuqs/server";
import { listViewParsers, type FilterValues } from "@/lib/list-params";
import { listInput } from "@/lib/query-inputs";
import { useListParams } from "@/lib/use-list-params";

export type CounterpartyKind = "customer" | "vendor";

/** A directory's search in the URL: `/charges/customers?search=toys`. */
export const counterpartyFilterParsers = { search: parseAsString };

export type CounterpartyFilters = FilterValues<typeof counterpartyFilterParsers>;

export const loadCounterpartyFilters = createLoader({ ...counterpartyFilterParsers, ...listViewParsers });

export function counterpartyListInput(kind: CounterpartyKind, filters: CounterpartyFilters) {
  return listInput({ kind, search: filters.search?.trim() ?? "" });
}

export function useCounterpartyFilters() {
  return useListParams(counterpartyFilterParsers);
}
