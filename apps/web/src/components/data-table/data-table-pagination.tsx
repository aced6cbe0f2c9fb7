"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { pageSizes } from "@/lib/list-params";

export interface ServerPaging {
  /** The server has rows after the loaded ones. */
  hasMore: boolean;
  loading: boolean;
  loadMore: () => Promise<unknown>;
}

/**
 * The foot of a list: rows per page, the page shown of those loaded, previous/next (next loads
 * the server's next page when the loaded rows run out), and "Load more" (loads the next page and shows it).
 */
export function DataTablePagination({
  pageIndex,
  pageCount,
  pageSize,
  loaded,
  noun,
  server,
  onPageSize,
  onPage,
}: {
  pageIndex: number;
  pageCount: number;
  pageSize: number;
  loaded: number;
  noun: { one: string; other: string };
  server?: ServerPaging | undefined;
  onPageSize: (size: number) => void;
  onPage: (index: number) => void;
}) {
  const [fetching, setFetching] = useState(false);
  const hasMore = server?.hasMore ?? false;
  const busy = fetching || (server?.loading ?? false);
  async function loadMore(thenGoTo?: number) {
    if (!server) return;
    setFetching(true);
    try {
      await server.loadMore();
      if (thenGoTo !== undefined) onPage(thenGoTo);
    } finally {
      setFetching(false);
    }
  }
  const last = Math.max(pageCount - 1, 0);
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 px-3 py-2.5 text-xs text-zinc-500">
      <span className="tabular-nums" aria-live="polite">
        {loaded} {loaded === 1 ? noun.one : noun.other} loaded{hasMore ? "" : " · that is all"}
      </span>
      <div className="flex items-center gap-4">
        <div className="flex items-center gap-2">
          <span id="rows-per-page">Rows per page</span>
          <Select value={String(pageSize)} onValueChange={(value) => onPageSize(Number(value))}>
            <SelectTrigger aria-labelledby="rows-per-page" className="h-7 w-16 text-xs">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              {pageSizes.map((size) => (
                <SelectItem key={size} value={String(size)}>
                  {size}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </div>
        <span className="tabular-nums">
          Page {Math.min(pageIndex + 1, pageCount || 1)} of {pageCount || 1}
          {hasMore ? "+" : ""}
        </span>
        <div className="flex items-center gap-1">
          <Button size="icon-sm" aria-label="Previous page" disabled={pageIndex === 0} onClick={() => onPage(pageIndex - 1)}>
            <ChevronLeft />
          </Button>
          <Button
            size="icon-sm"
            aria-label="Next page"
            disabled={busy || (pageIndex >= last && !hasMore)}
            onClick={() => (pageIndex < last ? onPage(pageIndex + 1) : void loadMore(pageIndex + 1))}
          >
            <ChevronRight />
          </Button>
        </div>
        {hasMore ? (
          <Button size="sm" disabled={busy} onClick={() => void loadMore(Math.floor(loaded / pageSize))}>
            {busy ? "Loading…" : "Load more"}
          </Button>
        ) : null}
      </div>
    </div>
  );
}
