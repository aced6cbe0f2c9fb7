import { formatDate } from "@closebook/core";

/** A calendar date as "2026-11-23" (dates are kept as UTC midnight), or a dash for none. */
export function formatDay(date: Date | null | undefined): string {
  return date ? formatDate(date) : "—";
}

/**
 * A moment as "2026-11-23 14:05 UTC". Always in UTC, so the server-rendered HTML and the
 * browser's hydration agree whatever the browser's time zone.
 */
export function formatTimestamp(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** "1 approval", "2 approvals". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
