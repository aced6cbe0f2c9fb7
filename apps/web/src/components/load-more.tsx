"use client";

import { useHydrated } from "@/lib/use-hydrated";
import { Button } from "@/components/ui/button";

/** The foot of a paged list: how many are shown and, while the server has more, "Load more". */
export function LoadMore({ shown, noun, hasMore, loading, onLoadMore }: { shown: number; noun: string; hasMore: boolean; loading: boolean; onLoadMore: () => void }) {
  const hydrated = useHydrated();
  if (shown === 0) return null;
  return (
    <div className="flex items-center justify-between gap-3 px-3 py-2.5 text-xs text-zinc-500">
      <span className="tabular-nums">
        {shown} {noun} shown{hasMore ? "" : " · that is all"}
      </span>
      {hasMore ? (
        <Button size="sm" disabled={!hydrated || loading} onClick={onLoadMore}>
          {loading ? "Loading…" : "Load more"}
        </Button>
      ) : null}
    </div>
  );
}
