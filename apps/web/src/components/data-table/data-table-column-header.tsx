"use client";

import type { CellData, Column, RowData } from "@tanstack/react-table";
import { ArrowDown, ArrowUp, ChevronsUpDown } from "lucide-react";
import { cn } from "@/lib/cn";
import type { ListFeatures } from "@/components/data-table/list-features";

/**
 * A column's header: a button that sorts the loaded rows (ascending, descending, then off), with
 * `aria-sort` on the header cell saying the current order.
 */
export function DataTableColumnHeader<T extends RowData, V extends CellData>({ column, title, align = "left" }: { column: Column<ListFeatures, T, V>; title: string; align?: "left" | "right" }) {
  if (!column.getCanSort()) return <span className={cn(align === "right" && "block text-right")}>{title}</span>;
  const sorted = column.getIsSorted();
  const Icon = sorted === "asc" ? ArrowUp : sorted === "desc" ? ArrowDown : ChevronsUpDown;
  return (
    <button
      type="button"
      onClick={column.getToggleSortingHandler()}
      className={cn("-mx-1 inline-flex items-center gap-1 rounded px-1 py-0.5 uppercase hover:bg-zinc-200/60 hover:text-zinc-900", align === "right" && "flex-row-reverse", sorted && "text-zinc-900")}
    >
      {title}
      <Icon aria-hidden="true" className={cn("size-3", !sorted && "text-zinc-300")} />
      <span className="sr-only">{sorted === "asc" ? ", sorted ascending" : sorted === "desc" ? ", sorted descending" : ", sort"}</span>
    </button>
  );
}
