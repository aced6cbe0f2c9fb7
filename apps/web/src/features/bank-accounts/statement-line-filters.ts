import { bankStatementLineStatuses } from "@closebook/core";
import { createLoader, parseAsStringLiteral } from "nuqs/server";
import { listViewParsers, parseAsCalendarDate, type FilterValues } from "@/lib/list-params";
import { pageSize } from "@/lib/query-inputs";
import { useListParams } from "@/lib/use-list-params";

/** A bank account's statement lines' filters in the URL: `/bank-accounts/…?status=unreconciled&from=2026-06-01`. */
export const statementLineFilterParsers = {
  status: parseAsStringLiteral(bankStatementLineStatuses),
  from: parseAsCalendarDate,
  to: parseAsCalendarDate,
};

export type StatementLineFilters = FilterValues<typeof statementLineFilterParsers>;

/** The server page reads the same schema, so a filtered link renders filtered. */
export const loadStatementLineFilters = createLoader({ ...statementLineFilterParsers, ...listViewParsers });

/** `statements.lines` input of the filters (the server filters; the first page). */
export function statementLinesInput(bankAccountId: string, filters: StatementLineFilters) {
  return {
    bankAccountId,
    ...(filters.status ? { status: [filters.status] } : {}),
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
    limit: pageSize,
  };
}

export function useStatementLineFilters() {
  return useListParams(statementLineFilterParsers);
}
