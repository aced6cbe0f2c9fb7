"use client";

import type { SortingState } from "@tanstack/react-table";
import { useQueryState, useQueryStates, type ParserMap } from "nuqs";
import { useState } from "react";
import { listViewParsers, pageSizes, parseAsFlag, type FilterValues } from "@/lib/list-params";

type Held<P> = Partial<Record<keyof P, string>>;

/**
 * A list's filters, sort and page size in the URL (Midday's pattern: one nuqs schema per list),
 * so a filtered, sorted view is a link and reloads as it was.
 *
 * `filters` is what the fields show, `applied` what the list asks the server for. They differ
 * only while a date field holds a partial date (`hold`): the browser reports it as "", which
 * must not silently mean "no date", so the URL keeps its last whole value until the field holds
 * a whole date or is really cleared. `resetKey` changes on `clear`, so fields remount empty.
 */
export function useListParams<P extends ParserMap>(filterParsers: P) {
  const [params, setParams] = useQueryStates({ ...filterParsers, ...listViewParsers }, { history: "replace", clearOnDefault: true });
  const [held, setHeld] = useState<Held<P>>({});
  const [resetKey, setResetKey] = useState(0);

  const applied = {} as FilterValues<P>;
  for (const key of Object.keys(filterParsers) as (keyof P)[]) applied[key] = (params as Record<keyof P, unknown>)[key] as FilterValues<P>[typeof key];
  const filters = { ...applied, ...held } as FilterValues<P>;

  function set<K extends keyof P>(key: K, value: FilterValues<P>[K] | "" | null, options: { hold?: boolean } = {}) {
    if (options.hold) {
      setHeld((current) => ({ ...current, [key]: "" }));
      return;
    }
    setHeld((current) => {
      const next = { ...current };
      delete next[key];
      return next;
    });
    void setParams({ [key]: value === "" ? null : value } as Parameters<typeof setParams>[0]);
  }

  function clear() {
    const cleared: Record<string, null> = {};
    for (const key of Object.keys(filterParsers)) cleared[key] = null;
    setHeld({});
    void setParams(cleared as Parameters<typeof setParams>[0]);
    setResetKey((key) => key + 1);
  }

  const sorting: SortingState = (params.sort as SortingState | null) ?? [];
  const size = (params.size as number | null) ?? 25;
  const pageSize = (pageSizes as readonly number[]).includes(size) ? size : 25;

  return {
    filters,
    applied,
    set,
    clear,
    resetKey,
    filtered: Object.values(applied).some((value) => value !== null && value !== false) || Object.keys(held).length > 0,
    /** A stable text of the applied filters, to key what must restart when they change. */
    filterKey: JSON.stringify(applied),
    sorting,
    setSorting: (next: SortingState) => void setParams({ sort: next.length ? next : null } as Parameters<typeof setParams>[0]),
    pageSize,
    setPageSize: (size: number) => void setParams({ size } as Parameters<typeof setParams>[0]),
  };
}

/** Whether a list's form for a new one is open (`?new=1`, the link the command palette uses), and its switch. */
export function useNewFormParam(): [boolean, (open: boolean) => void] {
  const [open, setOpen] = useQueryState("new", parseAsFlag.withDefault(false).withOptions({ history: "replace", clearOnDefault: true }));
  return [open, (next) => void setOpen(next)];
}
