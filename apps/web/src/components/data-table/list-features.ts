import {
  createColumnHelper,
  createPaginatedRowModel,
  createSortedRowModel,
  metaHelper,
  rowPaginationFeature,
  rowSelectionFeature,
  rowSortingFeature,
  tableFeatures,
  constructSortFn,
  type ColumnDef,
  type RowData,
} from "@tanstack/react-table";
import { compareValues } from "@/lib/compare-values";

/** What a list column says about itself beyond its cells. */
export interface ListColumnMeta {
  /** Amounts and counts right-aligned. */
  align?: "left" | "right";
  /** Width and other classes of the column's cells. */
  className?: string;
}

/** Ascending order of any cell value: amounts (bigint), dates, numbers, text; empty last. */
const byValue = constructSortFn({ sort: (a: unknown, b: unknown) => compareValues(a, b) });

/** The features every list uses: client sorting of the loaded rows, pages, row selection. */
export const listFeatures = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
  rowSelectionFeature,
  sortedRowModel: createSortedRowModel(),
  paginatedRowModel: createPaginatedRowModel(),
  sortFns: { byValue },
  columnMeta: metaHelper<ListColumnMeta>(),
});

export type ListFeatures = typeof listFeatures;

/** The column helper of a list of `T` (each list's `columns.tsx` starts with it). */
export function listColumnHelper<T extends RowData>() {
  return createColumnHelper<ListFeatures, T>();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- columns of one list hold values of different types
export type ListColumns<T extends RowData> = ColumnDef<ListFeatures, T, any>[];
