/**
 * Calendar dates as an organization writes them (`dateFormats`): parsing is as strict as the
 * `calendarDate` field (a real day of the calendar, no rollover of 31.02., four-digit years, within
 * the ledger's calendar), only the order and separators differ.
 */
import type { DateFormatValue } from "../domain/enums";
import { calendarBounds, parseCalendarDate } from "../fields/limits";
import { dateFormatParts } from "./local-formats";

export type LocalParse<T> = { ok: true; value: T } | { ok: false; message: string };

const pad = (value: number, width: number) => String(value).padStart(width, "0");

/** The date (its UTC day) written in the format: 2026-06-17 → "17.06.2026" for `dmy_dot`. */
export function formatLocalDate(date: Date, format: DateFormatValue): string {
  const { order, separator } = dateFormatParts[format];
  const year = pad(date.getUTCFullYear(), 4);
  const month = pad(date.getUTCMonth() + 1, 2);
  const day = pad(date.getUTCDate(), 2);
  const parts = order === "ymd" ? [year, month, day] : order === "dmy" ? [day, month, year] : [month, day, year];
  return parts.join(separator);
}

/** An example date in the format, for hints and messages: "23.11.2026". */
export function exampleLocalDate(format: DateFormatValue): string {
  return formatLocalDate(new Date(Date.UTC(2026, 10, 23)), format);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

function shapeOf(format: DateFormatValue): RegExp {
  const { order, separator } = dateFormatParts[format];
  const s = escape(separator);
  // ISO keeps its two-digit month and day; day-first and month-first formats also take 1.6.2026.
  if (order === "ymd") return new RegExp(`^(\\d{4})${s}(\\d{2})${s}(\\d{2})$`);
  return new RegExp(`^(\\d{1,2})${s}(\\d{1,2})${s}(\\d{4})$`);
}

/**
 * The UTC-midnight date of `text` written in the format, or why it is not one: the wrong shape
 * (`Use a date like 23.11.2026.`), an impossible day (`31.02.2026 is not a date in the calendar.`),
 * or a day outside the ledger's calendar.
 */
export function parseLocalDate(text: string, format: DateFormatValue): LocalParse<Date> {
  const trimmed = text.trim();
  const match = shapeOf(format).exec(trimmed);
  if (!match) return { ok: false, message: trimmed === "" ? "Enter a date." : `Use a date like ${exampleLocalDate(format)}.` };
  const order = dateFormatParts[format].order;
  const [a = "", b = "", c = ""] = match.slice(1);
  const [year, month, day] = order === "ymd" ? [a, b, c] : order === "dmy" ? [c, b, a] : [c, a, b];
  const date = parseCalendarDate(`${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`);
  if (!date) return { ok: false, message: `${trimmed} is not a date in the calendar.` };
  const first = parseCalendarDate(calendarBounds.first);
  const last = parseCalendarDate(calendarBounds.last);
  if (!first || !last || date < first || date > last) {
    return { ok: false, message: `Use a date between ${first ? formatLocalDate(first, format) : calendarBounds.first} and ${last ? formatLocalDate(last, format) : calendarBounds.last}.` };
  }
  return { ok: true, value: date };
}

/** The `YYYY-MM-DD` of a date typed in the format (what the use cases' `calendarDate` takes), or why it is not one. */
export function localDateToIso(text: string, format: DateFormatValue): LocalParse<string> {
  const parsed = parseLocalDate(text, format);
  return parsed.ok ? { ok: true, value: formatLocalDate(parsed.value, "iso") } : parsed;
}
