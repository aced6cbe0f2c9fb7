import { formatDate, minorDigits } from "@closebook/core";

/** An amount in minor units of a currency: exported as an exact decimal ("1250.00"), never through a float. */
export interface CsvMoney {
  minor: bigint;
  currency: string;
}

export type CsvValue = string | number | bigint | boolean | Date | CsvMoney | null | undefined;

/** One column of an export: its header and what a row holds there. */
export interface CsvColumn<T> {
  header: string;
  value: (row: T) => CsvValue;
}

/** Minor units as a decimal with `digits` decimals: (-123456n, 2) → "-1234.56"; (5n, 3) → "0.005". */
export function decimalFromMinor(minor: bigint, digits: number): string {
  const negative = minor < 0n;
  const abs = negative ? -minor : minor;
  const base = 10n ** BigInt(digits);
  const whole = (abs / base).toString();
  const fraction = digits > 0 ? `.${(abs % base).toString().padStart(digits, "0")}` : "";
  return `${negative ? "-" : ""}${whole}${fraction}`;
}

function isMoney(value: CsvValue): value is CsvMoney {
  return typeof value === "object" && value !== null && !(value instanceof Date);
}

/**
 * Text a spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) gets a leading
 * apostrophe; amounts and numbers are written as numbers and never escaped.
 */
function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** The text of one cell, before quoting: dates as YYYY-MM-DD, amounts as exact decimals, nothing as "". */
export function csvText(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return formatDate(value);
  if (isMoney(value)) return decimalFromMinor(value.minor, minorDigits(value.currency));
  if (typeof value === "string") return neutralizeFormula(value);
  return String(value);
}

/** RFC 4180 quoting: a field holding a comma, a quote, a line break or edge spaces is quoted, its quotes doubled. */
export function quoteCsvField(text: string): string {
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The CSV document of `rows`: a header line, then one line per row, CRLF line ends. */
export function toCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  const lines = [columns.map((column) => quoteCsvField(column.header)).join(",")];
  for (const row of rows) lines.push(columns.map((column) => quoteCsvField(csvText(column.value(row)))).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
