"use client";

import type { RowData, SortingState } from "@tanstack/react-table";
import { useState } from "react";
import { DataTable, type DataTableProps } from "@/components/data-table/data-table";

export type LocalDataTableProps<T extends RowData> = Omit<DataTableProps<T>, "data" | "loading" | "error" | "empty" | "sorting" | "onSortingChange" | "pageSize" | "onPageSizeChange"> & {
  data: T[];
  /** Shown when there are no rows. */
  empty?: DataTableProps<T>["empty"];
  /** The order before a header is clicked (none: the server's order). */
  initialSorting?: SortingState;
  initialPageSize?: number;
};

/**
 * The list table for rows a page already holds (the lines of an entry, the payments of a charge):
 * the same sortable headers, money totals and CSV export as a list, with the sort and page size
 * kept in the component rather than the URL (a detail page can show several such tables).
 */
export function LocalDataTable<T extends RowData>({ initialSorting = [], initialPageSize = 25, empty = "Nothing here yet.", ...props }: LocalDataTableProps<T>) {
  const [sorting, setSorting] = useState<SortingState>(initialSorting);
  const [pageSize, setPageSize] = useState(initialPageSize);
  return <DataTable {...props} empty={empty} loading={false} error={null} sorting={sorting} onSortingChange={setSorting} pageSize={pageSize} onPageSizeChange={setPageSize} />;
}
