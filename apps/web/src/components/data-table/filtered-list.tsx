"use client";

import type { RowData, SortingState } from "@tanstack/react-table";
import { Plus as PlusIcon } from "lucide-react";
import type { ReactNode } from "react";
import { DataTable, type DataTableProps } from "@/components/data-table/data-table";
import { Button } from "@/components/ui/button";
import { Panel } from "@/components/ui/panel";
import type { CsvColumn } from "@/lib/csv";
import { exportPageSize, fetchAllPages } from "@/lib/fetch-all-pages";
import { useHydrated } from "@/lib/use-hydrated";
import { useNewFormParam } from "@/lib/use-list-params";

/** A page of a list procedure (`charges.list`, `movements.list`, `ledger.entries`, …). */
export interface ListPage<T> {
  items: T[];
  nextCursor: string | null;
}

/** What the list reads of its `useInfiniteQuery` (the server's pages of the applied filters). */
export interface ListQuery<T> {
  data: { pages: ListPage<T>[] } | undefined;
  error: unknown;
  isFetching: boolean;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/** What the list reads of its URL state (`useListParams`): filters applied, sort and page size. */
export interface ListView {
  filterKey: string;
  filtered: boolean;
  clear: () => void;
  sorting: SortingState;
  setSorting: (sorting: SortingState) => void;
  pageSize: number;
  setPageSize: (size: number) => void;
}

export interface FilteredListProps<T extends RowData> extends Pick<DataTableProps<T>, "caption" | "columns" | "getRowId" | "noun" | "totals" | "selection" | "rowAttributes"> {
  view: ListView;
  query: ListQuery<T>;
  /** Shown when no row comes back, with and without filters applied. */
  empty: { filtered: ReactNode; none: ReactNode };
  /** The filter fields (a "Clear filters" button follows while any is applied). */
  filters: ReactNode;
  exportCsv: {
    filename: string;
    columns: CsvColumn<T>[];
    /** One page of every row of the applied filters: the list procedure with `page` added to the list's input. */
    page: (page: { limit: number; cursor?: string }) => Promise<ListPage<T>>;
  };
  /** The form for a new one, opened by its button or by a link with `?new=1` (the command palette's); none for roles that may not. */
  create?: { button: string; title: string; form: (close: () => void) => ReactNode } | null;
  /** Above the list (an action's outcome). */
  before?: ReactNode;
  className?: string;
}

/**
 * A list page's one body: the form for a new one (`?new=1`), then the `DataTable` of the server's
 * pages for the filters in the URL (`useListParams`), with their sort and page size, "updating…"
 * while a new filter loads, "Load more", and the CSV of every page of the same filters.
 */
export function FilteredList<T extends RowData>({ view, query, empty, filters, exportCsv, create, before, className, ...table }: FilteredListProps<T>) {
  const hydrated = useHydrated();
  const [creating, setCreating] = useNewFormParam();
  const rows = query.data?.pages.flatMap((page) => page.items);
  return (
    <div className={className ?? "flex flex-col gap-4 p-6"}>
      {before}
      {create && creating ? (
        <Panel title={create.title} bodyClassName="p-4">
          {create.form(() => setCreating(false))}
        </Panel>
      ) : null}
      <DataTable
        key={view.filterKey}
        {...table}
        data={rows}
        loading={!query.data}
        error={query.error}
        empty={view.filtered ? empty.filtered : empty.none}
        sorting={view.sorting}
        onSortingChange={view.setSorting}
        pageSize={view.pageSize}
        onPageSizeChange={view.setPageSize}
        server={{ hasMore: query.hasNextPage, loading: query.isFetchingNextPage, loadMore: () => query.fetchNextPage() }}
        summary={query.isFetching && query.data ? "updating…" : undefined}
        exportCsv={{
          filename: exportCsv.filename,
          columns: exportCsv.columns,
          fetchAll: () => fetchAllPages((cursor) => exportCsv.page({ limit: exportPageSize, ...(cursor ? { cursor } : {}) })),
        }}
        actions={
          create && !creating ? (
            <Button variant="primary" disabled={!hydrated} onClick={() => setCreating(true)}>
              <PlusIcon />
              {create.button}
            </Button>
          ) : null
        }
        filters={
          <>
            {filters}
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
