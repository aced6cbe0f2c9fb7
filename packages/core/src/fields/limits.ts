/**
 * The limits of the field schemas and the strict calendar-date reader, without zod: what the
 * locale readers (which run in the browser too) need of the fields, so they do not load zod.
 * `fields.ts` builds its schemas on these and re-exports them.
 */

/** The largest amount one line, charge, payment or movement may carry: 10^15 minor units. */
export const maxAmountMinor = 10n ** 15n;
/** PostgreSQL's bigint range, which every stored sum and balance must stay in. */
export const maxStoredMinor = 2n ** 63n - 1n;

/** The calendar the ledger keeps at all; each organization narrows it to its own window. */
export const calendarBounds = { first: "1970-01-01", last: "2199-12-31" } as const;

/** A date as the ledger writes it: YYYY-MM-DD. */
export const dateText = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The UTC-midnight Date of a strict `YYYY-MM-DD`, or null for anything else (2026-02-30 included). */
export function parseCalendarDate(text: string): Date | null {
  const match = dateText.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day); // setUTCFullYear keeps years 0-99 as they are
  return date;
}

/** The UTC-midnight Date of a `YYYY-MM-DD` or of a Date's UTC day, or the sentence why the value is none. */
export function toCalendarDate(value: Date | string): Date | string {
  if (typeof value === "string") {
    if (!dateText.test(value)) return "Use a date like 2026-11-23.";
    return parseCalendarDate(value) ?? `${value} is not a date in the calendar.`;
  }
  if (Number.isNaN(value.getTime())) return "Not a real date.";
  const date = new Date(0);
  date.setUTCFullYear(value.getUTCFullYear(), value.getUTCMonth(), value.getUTCDate());
  return date;
}

/** Why a value is not a calendar date the ledger keeps (null when it is one): the rule of the `calendarDate` field, without zod. */
export function calendarDateProblem(value: Date | string): string | null {
  const date = toCalendarDate(value);
  if (typeof date === "string") return date;
  const year = date.getUTCFullYear();
  return year < 1970 || year > 2199 ? `Use a date between ${calendarBounds.first} and ${calendarBounds.last}.` : null;
}
