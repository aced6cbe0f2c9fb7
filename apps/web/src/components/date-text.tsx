"use client";

import { formatDate } from "@closebook/core";
import { useLocalDisplay } from "@/components/ui/organization-formats";
import { cn } from "@/lib/cn";

/**
 * A calendar date in the organization's date format ("17.06.2026" for DD.MM.YYYY), as a `<time>`
 * whose `dateTime` is the ISO day; a dash when there is none. The one way a list or detail shows a date.
 */
export function DateText({ date, className }: { date: Date | null | undefined; className?: string }) {
  const display = useLocalDisplay();
  if (!date) return <span className={cn("text-zinc-400", className)}>—</span>;
  return (
    <time dateTime={formatDate(date)} className={cn("whitespace-nowrap tabular-nums", className)}>
      {display.date(date)}
    </time>
  );
}
