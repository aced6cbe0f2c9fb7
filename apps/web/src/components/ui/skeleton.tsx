import type { HTMLAttributes } from "react";
import { cn } from "@/lib/cn";

/** A grey placeholder block that pulses while its content loads. */
export function Skeleton({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return <div aria-hidden="true" className={cn("animate-pulse rounded-md bg-zinc-200/70", className)} {...props} />;
}

/** The placeholder of a list: a toolbar and `rows` table rows. */
export function TableSkeleton({ rows = 8, columns = 5, label = "Loading" }: { rows?: number; columns?: number; label?: string }) {
  return (
    <div role="status" aria-label={label} className="flex flex-col">
      <div className="flex gap-3 border-b border-zinc-200 px-3 py-3">
        <Skeleton className="h-8 w-36" />
        <Skeleton className="h-8 w-48" />
        <Skeleton className="ml-auto h-8 w-24" />
      </div>
      {Array.from({ length: rows }, (_, row) => (
        <div key={row} className="flex gap-4 border-b border-zinc-100 px-3 py-2.5">
          {Array.from({ length: columns }, (_, column) => (
            <Skeleton key={column} className={cn("h-4", column === 0 ? "w-24" : column === columns - 1 ? "ml-auto w-20" : "flex-1")} />
          ))}
        </div>
      ))}
    </div>
  );
}
