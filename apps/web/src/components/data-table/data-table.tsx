"use client";

import { formatDate } from "@closebook/core";
import { functionalUpdate, useTable, type PaginationState, type RowData, type RowSelectionState, type SortingState } from "@tanstack/react-table";
import { Download } from "lucide-react";
import { useState, type ReactNode } from "react";
import { toast } from "sonner";
import { Amount } from "@/components/amount";
import { DataTablePagination, type ServerPaging } from "@/components/data-table/data-table-pagination";
import { listFeatures, type ListColumnMeta, type ListColumns, type ListFeatures } from "@/components/data-table/list-features";
import { QueryStatus } from "@/components/query-status";
import { Button } from "@/components/ui/button";
import { EmptyMessage } from "@/components/ui/panel";
import { Table, TableBody, TableCell, TableFooter, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/cn";
import { compareValues } from "@/lib/compare-values";
import { toCsv, type CsvColumn, type CsvMoney } from "@/lib/csv";
import { useHydrated } from "@/lib/use-hydrated";

/** A money column summed under the list, per currency (amounts of different currencies never add up). */
export interface MoneyTotal<T> {
  columnId: string;
  /** The row's amount, or its amounts in several currencies (a journal entry), or none. */
  money: (row: T) => CsvMoney | readonly CsvMoney[] | null;
}

export interface CsvExport<T> {
  /** File name without date or extension, e.g. "charges". */
  filename: string;
  columns: CsvColumn<T>[];
  /** Every row of the current filtered view (all pages). */
  fetchAll: () => Promise<T[]>;
}

export interface RowSelectionOptions<T> {
  /** What the checkbox of a row is called ("Select Approval needed: MV-…"). */
  label: (row: T) => string;
  canSelect?: (row: T) => boolean;
  /** The bulk actions for the selected rows, shown above the table while any are selected. */
  actions: (selected: T[], clear: () => void) => ReactNode;
}

export interface DataTableProps<T extends RowData> {
  /** The accessible name of the list's region and of its table. */
  caption: string;
  columns: ListColumns<T>;
  data: T[] | undefined;
  getRowId: (row: T) => string;
  noun: { one: string; other: string };
  loading: boolean;
  error: unknown;
  /** Shown when there are no rows (say whether filters are the reason). */
  empty: ReactNode;
  sorting: SortingState;
  onSortingChange: (sorting: SortingState) => void;
  pageSize: number;
  onPageSizeChange: (size: number) => void;
  server?: ServerPaging;
  /** The filters (left of the toolbar). */
  filters?: ReactNode;
  /** Buttons right of the toolbar (e.g. "New charge"). */
  actions?: ReactNode;
  /** A short state text in the toolbar, e.g. "updating…". */
  summary?: ReactNode;
  totals?: MoneyTotal<T>[];
  selection?: RowSelectionOptions<T>;
  exportCsv?: CsvExport<T>;
  /** Attributes of a row (e.g. a test id or a state flag). */
  rowAttributes?: (row: T) => Record<string, string | undefined>;
  /** Content above the toolbar inside the list (e.g. the form for a new one). */
  children?: ReactNode;
  className?: string;
}

/**
 * The one table of every list (shadcn/ui's "tasks" DataTable on TanStack Table): the toolbar
 * (filters, actions, Export CSV), sortable column headers, optional row selection with bulk
 * actions, money totals per currency, and pages with the server's "Load more".
 * Sorting orders the loaded rows; the filters are the server's.
 */
export function DataTable<T extends RowData>(props: DataTableProps<T>) {
  const { caption, columns, getRowId, noun, sorting, onSortingChange, pageSize, onPageSizeChange, selection, totals, exportCsv } = props;
  const [data] = useStableData(props.data);
  const hydrated = useHydrated();
  const [pagination, setPagination] = useState<PaginationState>({ pageIndex: 0, pageSize });
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const [exporting, setExporting] = useState(false);
  const currentPagination = pagination.pageSize === pageSize ? pagination : { pageIndex: 0, pageSize };

  const table = useTable<ListFeatures, T>({
    features: listFeatures,
    columns,
    data,
    getRowId: (row) => getRowId(row),
    state: { sorting, pagination: currentPagination, rowSelection },
    onSortingChange: (updater) => {
      onSortingChange(functionalUpdate(updater, sorting));
      setPagination((current) => ({ ...current, pageIndex: 0 }));
    },
    onPaginationChange: (updater) => setPagination(functionalUpdate(updater, currentPagination)),
    onRowSelectionChange: (updater) => setRowSelection(functionalUpdate(updater, rowSelection)),
    enableRowSelection: selection ? (row) => selection.canSelect?.(row.original) ?? true : false,
    autoResetPageIndex: false,
    enableSortingRemoval: true,
    // Every header cycles ascending → descending → unsorted (amounts too: no descending-first for numbers).
    defaultColumn: { sortFn: "byValue", sortDescFirst: false },
  });

  const pageCount = table.getPageCount();
  const rows = table.getRowModel().rows;
  const selected = selection ? table.getSelectedRowModel().rows.map((row) => row.original) : [];
  const clearSelection = () => setRowSelection({});
  const headers = table.getHeaderGroups();
  // A small table on a detail page has no toolbar and, while its rows fit on one page, no foot.
  const hasToolbar = props.filters !== undefined || props.actions !== undefined || props.summary !== undefined || exportCsv !== undefined;
  const hasFoot = props.server !== undefined || pageCount > 1;

  /**
   * The export is for machines, not the organization's formats: dates as ISO `YYYY-MM-DD`,
   * amounts as plain decimals with a point ("1234.56") and the currency in its own column
   * (`toCsv`/`csvText`), so a spreadsheet or script reads it the same for every organization.
   */
  async function exportRows() {
    if (!exportCsv) return;
    setExporting(true);
    try {
      const all = await exportCsv.fetchAll();
      const sorted = sortRows(all, sorting, (id) => table.getColumn(id)?.accessorFn);
      download(`${exportCsv.filename}-${formatDate(new Date())}.csv`, toCsv(exportCsv.columns, sorted));
      toast.success(`Exported ${sorted.length} ${sorted.length === 1 ? noun.one : noun.other} to CSV.`);
    } catch (error) {
      toast.error(`The export failed: ${error instanceof Error ? error.message : "no answer"}. Nothing was downloaded.`);
    } finally {
      setExporting(false);
    }
  }

  return (
    <section aria-label={caption} className={cn("overflow-clip rounded-lg border border-zinc-200 bg-white shadow-xs", props.className)}>
      {props.children}
      {hasToolbar ? (
      <div className="flex flex-wrap items-end gap-3 border-b border-zinc-200 px-3 py-3">
        {props.filters}
        <div className="ml-auto flex items-center gap-2 pb-0.5">
          {props.summary !== undefined ? (
            <span className="text-xs text-zinc-500 tabular-nums" aria-live="polite">
              {props.summary}
            </span>
          ) : null}
          {exportCsv ? (
            <Button disabled={!hydrated || exporting || !props.data} onClick={() => void exportRows()}>
              <Download />
              {exporting ? "Exporting…" : "Export CSV"}
            </Button>
          ) : null}
          {props.actions}
        </div>
      </div>
      ) : null}
      {selection && selected.length > 0 ? (
        <div role="toolbar" aria-label="Selected rows" className="flex items-center gap-3 border-b border-brand-100 bg-brand-50 px-3 py-2 text-xs text-brand-700">
          <span className="font-medium tabular-nums">{selected.length} selected</span>
          {selection.actions(selected, clearSelection)}
          <Button variant="ghost" size="sm" onClick={clearSelection}>
            Clear selection
          </Button>
        </div>
      ) : null}

      <QueryStatus error={props.error} loading={props.loading} what={noun.other} />
      {props.data && !props.error ? (
        data.length ? (
          <>
            {/* A wide list scrolls sideways in its own box (at 1024 px with the sidebar open), so its header cells do not stick; `relative` keeps the screen-reader-only texts inside it. */}
            <div className="relative overflow-x-auto">
            <Table caption={caption}>
                <TableHeader>
                  {headers.map((group) => (
                    <TableRow key={group.id}>
                      {selection ? (
                        <TableHead sticky={false} className="w-8">
                          <input
                            type="checkbox"
                            aria-label={`Select all ${noun.other} on this page`}
                            className="size-3.5 accent-brand-600"
                            disabled={!hydrated}
                            checked={table.getIsAllPageRowsSelected()}
                            ref={(element) => {
                              if (element) element.indeterminate = !table.getIsAllPageRowsSelected() && table.getIsSomePageRowsSelected();
                            }}
                            onChange={table.getToggleAllPageRowsSelectedHandler()}
                          />
                        </TableHead>
                      ) : null}
                      {group.headers.map((header) => {
                        const sorted = header.column.getIsSorted();
                        const meta = header.column.columnDef.meta as ListColumnMeta | undefined;
                        return (
                          <TableHead
                            key={header.id}
                            sticky={false}
                            align={meta?.align}
                            className={meta?.className}
                            aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                          >
                            {header.isPlaceholder ? null : <table.FlexRender header={header} />}
                          </TableHead>
                        );
                      })}
                    </TableRow>
                  ))}
                </TableHeader>
                <TableBody>
                  {rows.map((row) => {
                    const { className: rowClassName, ...rowAttributes } = props.rowAttributes?.(row.original) ?? {};
                    return (
                    <TableRow key={row.id} data-state={row.getIsSelected() ? "selected" : undefined} className={rowClassName} {...rowAttributes}>
                      {selection ? (
                        <TableCell className="w-8">
                          {row.getCanSelect() ? (
                            <input
                              type="checkbox"
                              aria-label={`Select ${selection.label(row.original)}`}
                              className="size-3.5 accent-brand-600"
                              disabled={!hydrated}
                              checked={row.getIsSelected()}
                              onChange={row.getToggleSelectedHandler()}
                            />
                          ) : null}
                        </TableCell>
                      ) : null}
                      {row.getAllCells().map((cell) => {
                        const meta = cell.column.columnDef.meta as ListColumnMeta | undefined;
                        return (
                          <TableCell key={cell.id} numeric={meta?.align === "right"} className={meta?.className}>
                            <table.FlexRender cell={cell} />
                          </TableCell>
                        );
                      })}
                    </TableRow>
                    );
                  })}
                </TableBody>
                {totals?.length ? (
                  <TableFooter>
                    <TableRow>
                      {selection ? <TableCell /> : null}
                      {table.getAllLeafColumns().map((column, index) => {
                        const total = totals.find((t) => t.columnId === column.id);
                        if (total) {
                          return (
                            <TableCell key={column.id} numeric data-total={column.id}>
                              {sumByCurrency(data, total.money).map((sum) => (
                                <div key={sum.currency}>
                                  <Amount minor={sum.minor} currency={sum.currency} />
                                </div>
                              ))}
                            </TableCell>
                          );
                        }
                        return (
                          <TableCell key={column.id} className="text-xs whitespace-nowrap text-zinc-500">
                            {index === 0 ? (props.server ? `Total of ${data.length} loaded` : "Total") : null}
                          </TableCell>
                        );
                      })}
                    </TableRow>
                  </TableFooter>
                ) : null}
              </Table>
            </div>
            {hasFoot ? (
            <DataTablePagination
              pageIndex={currentPagination.pageIndex}
              pageCount={pageCount}
              pageSize={pageSize}
              loaded={data.length}
              noun={noun}
              server={props.server}
              onPageSize={(size) => {
                onPageSizeChange(size);
                setPagination({ pageIndex: 0, pageSize: size });
              }}
              onPage={(index) => setPagination({ ...currentPagination, pageIndex: index })}
            />
            ) : null}
          </>
        ) : (
          <EmptyMessage>{props.empty}</EmptyMessage>
        )
      ) : null}
    </section>
  );
}

const noRows: never[] = [];

/** The rows, or one stable empty array while there are none (a new `[]` per render would rebuild the row models). */
function useStableData<T>(data: T[] | undefined): [T[]] {
  return [data ?? (noRows as T[])];
}

/** Sums of a money column per currency, in currency order. */
export function sumByCurrency<T>(rows: readonly T[], money: MoneyTotal<T>["money"]): CsvMoney[] {
  const sums = new Map<string, bigint>();
  for (const row of rows) {
    const value = money(row);
    for (const amount of value === null ? [] : "currency" in value ? [value] : value) sums.set(amount.currency, (sums.get(amount.currency) ?? 0n) + amount.minor);
  }
  return [...sums.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([currency, minor]) => ({ currency, minor }));
}

/** The rows in the table's order (the export follows what the person sees). */
function sortRows<T>(rows: T[], sorting: SortingState, accessorOf: (id: string) => ((row: T, index: number) => unknown) | undefined): T[] {
  const keys = sorting.map((sort) => ({ accessor: accessorOf(sort.id), desc: sort.desc })).filter((key) => key.accessor);
  if (!keys.length) return rows;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      for (const key of keys) {
        const order = compareValues(key.accessor?.(a.row, a.index), key.accessor?.(b.row, b.index));
        if (order !== 0) return key.desc ? -order : order;
      }
      return a.index - b.index;
    })
    .map(({ row }) => row);
}

function download(filename: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
