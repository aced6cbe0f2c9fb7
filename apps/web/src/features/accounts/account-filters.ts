import { accountStatuses, accountTypes } from "@closebook/core";
import { createLoader, parseAsString, parseAsStringLiteral } from "nuqs/server";
import { listViewParsers, type FilterValues } from "@/lib/list-params";
import { useListParams } from "@/lib/use-list-params";

/** The chart of accounts' filters in the URL: `/ledger/accounts?type=asset&status=active&search=bank`. */
export const accountFilterParsers = {
  type: parseAsStringLiteral(accountTypes),
  status: parseAsStringLiteral(accountStatuses),
  search: parseAsString,
};

export type AccountFilters = FilterValues<typeof accountFilterParsers>;

export const loadAccountFilters = createLoader({ ...accountFilterParsers, ...listViewParsers });

/** `accounts.list` input: only the filters set (an unfiltered chart is `{}`, as every form's account select asks). */
export function accountListInput(filters: AccountFilters) {
  const search = filters.search?.trim();
  return { ...(filters.type ? { type: filters.type } : {}), ...(filters.status ? { status: filters.status } : {}), ...(search ? { search } : {}) };
}

export function useAccountFilters() {
  return useListParams(accountFilterParsers);
}
