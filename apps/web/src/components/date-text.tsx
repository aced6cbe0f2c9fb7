"use client";

import { formatDate } from "@closebook/core";
import { useLocalDisplay } from "@/components/ui/organization-formats";
import { cn } from "@/lib/cn";

/**
 * A calendar date in the organization's date format ("17.06.2026" for DD.MM.YYYY), as a `<time>`
 * whose `dateTime` is the ISO day; with `withTime`, a moment ("17.06.2026 14:05 UTC", always in
 * UTC so the server's HTML and any browser agree). A dash when there is none. The one way a list
 * or detail shows a date.
 */
export function DateText({ date, withTime = false, className }: { date: Date | null | undefined; withTime?: boolean; className?: string }) {
  const display = useLocalDisplay();
  if (!date) return <span className={cn("text-zinc-400", className)}>—</span>;
  return (
    <time dateTime={withTime ? date.toISOString() : formatDate(date)} className={cn("whitespace-nowrap tabular-nums", className)}>
      {withTime ? display.timestamp(date) : display.date(date)}
    </time>
  );
}
