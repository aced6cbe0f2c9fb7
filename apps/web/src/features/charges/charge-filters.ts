import { chargeStatuses } from "@closebook/core";
import { createLoader, parseAsString, parseAsStringLiteral } from "nuqs/server";
import { listViewParsers, parseAsCalendarDate, type FilterValues } from "@/lib/list-params";
import { listInput } from "@/lib/query-inputs";
import { useListParams } from "@/lib/use-list-params";

/** The charges list's filters in the URL: `/charges?status=issued&customerId=…&from=2026-11-01`. */
export const chargeFilterParsers = {
  status: parseAsStringLiteral(chargeStatuses),
  customerId: parseAsString,
  from: parseAsCalendarDate,
  to: parseAsCalendarDate,
};

export type ChargeFilters = FilterValues<typeof chargeFilterParsers>;

/** The server page reads the same schema, so a filtered link renders filtered. */
export const loadChargeFilters = createLoader({ ...chargeFilterParsers, ...listViewParsers });

/** `charges.list` input of the filters (the server filters; the first page). */
export function chargeListInput(filters: ChargeFilters) {
  return listInput({ status: filters.status ?? "", customerId: filters.customerId ?? "", from: filters.from ?? "", to: filters.to ?? "" });
}

export function useChargeFilters() {
  return useListParams(chargeFilterParsers);
}
