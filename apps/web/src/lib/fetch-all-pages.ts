/** The biggest page the list procedures accept (core's `pageInput`). */
export const exportPageSize = 200;

/**
 * Every row of a cursor-paged list: asks for page after page (`nextCursor`) with the same filters
 * until the server says there is no more.
 */
export async function fetchAllPages<T>(fetchPage: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>): Promise<T[]> {
  const rows: T[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await fetchPage(cursor);
    rows.push(...page.items);
    if (!page.nextCursor || page.nextCursor === cursor) return rows;
    cursor = page.nextCursor;
  }
}
