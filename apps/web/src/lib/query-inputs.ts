/**
 * Inputs of the queries that server pages prefetch and client components then read: both sides
 * build them here, so the cache keys match and the browser hydrates without a second request.
 */

/** Rows per page of every "Load more" list. */
export const pageSize = 25;

/** The smallest query that answers "how many unread": the count comes with every page of the list. */
export const unreadCountInput = { unreadOnly: true, limit: 1 } as const;

/** Customers or vendors for a select (the first 200 by name). */
export function counterpartyOptionsInput(kind: "customer" | "vendor") {
  return { kind, limit: 200 } as const;
}

/** Filters with their empty values ("", false) left out. */
export type SetFilters<T> = { [K in keyof T]?: Exclude<T[K], "" | false | undefined> };

/** Drops empty filter values ("", false, undefined), so an unfiltered list has the input `{ limit }`. */
export function listInput<const T extends Record<string, string | boolean | undefined>>(filters: T): SetFilters<T> & { limit: number } {
  const input: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filters)) {
    if (value !== "" && value !== undefined && value !== false) input[key] = value;
  }
  return { ...(input as SetFilters<T>), limit: pageSize };
}

/** How every paged list finds its next page: the cursor the server returned (null at the end). */
export function nextCursor(page: { nextCursor: string | null }): string | null {
  return page.nextCursor;
}

/** The first page of an account's ledger (50 lines); further pages add `beforeSequence`. */
export function accountLedgerInput(accountId: string) {
  return { accountId, limit: 50 };
}
