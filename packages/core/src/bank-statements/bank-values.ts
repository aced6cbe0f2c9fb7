import { ibanProblem } from "./iban";
import { isIsoCurrency, minorDigits } from "../money/currency";
import { parseCalendarDate } from "../fields/fields";

/**
 * Exact readers for the values banks write, shared by every statement format. No floating point
 * anywhere: an amount is read digit by digit from its text.
 */

export type BankValue<T> = { ok: true; value: T } | { ok: false; message: string };

export interface AmountSyntax {
  /** "." (default) or ",". */
  decimalSeparator?: "." | ",";
  /** Grouping separator allowed between groups of three digits: "", ",", ".", " ", "'" (default none). */
  thousandsSeparator?: "" | "," | "." | " " | "'";
}

/**
 * Reads a decimal amount as the bank wrote it ("18.150", "-1 234,5", "+0.10", "1.234,56") into
 * signed minor units of `currency`. Extra decimals are accepted only when they are zeros
 * ("18.150" EUR is 1815); a non-zero digit beyond the currency's minor unit is an error.
 */
export function readBankAmount(text: string, currency: string, syntax: AmountSyntax = {}): BankValue<bigint> {
  if (!isIsoCurrency(currency)) return { ok: false, message: `${currency} is not an ISO 4217 currency.` };
  const decimal = syntax.decimalSeparator ?? ".";
  const group = syntax.thousandsSeparator ?? "";
  let body = text.trim().replaceAll("\u00a0", " ").replaceAll("\u202f", " ");
  let negative = false;
  if (/^[-+]/.test(body)) {
    negative = body.startsWith("-");
    body = body.slice(1).trim();
  } else if (/-$/.test(body)) {
    // Some banks write the sign last ("12,50-").
    negative = true;
    body = body.slice(0, -1).trim();
  }
  const [whole = "", fraction, extra] = body.split(decimal);
  if (extra !== undefined || whole === "" && (fraction === undefined || fraction === "")) return { ok: false, message: `"${text}" is not an amount.` };
  let digits = whole;
  if (group && whole.includes(group)) {
    const groups = whole.split(group);
    if (!/^\d{1,3}$/.test(groups[0] ?? "") || groups.slice(1).some((g) => !/^\d{3}$/.test(g))) return { ok: false, message: `"${text}" is not an amount: its digit groups are uneven.` };
    digits = groups.join("");
  }
  if (!/^\d*$/.test(digits) || (fraction !== undefined && !/^\d*$/.test(fraction))) return { ok: false, message: `"${text}" is not an amount.` };
  const scale = minorDigits(currency);
  const decimals = fraction ?? "";
  const kept = decimals.slice(0, scale);
  const beyond = decimals.slice(scale);
  if (/[1-9]/.test(beyond)) return { ok: false, message: `"${text}" has more decimals than ${currency} allows (${scale}).` };
  const minor = BigInt(digits || "0") * 10n ** BigInt(scale) + BigInt(kept.padEnd(scale, "0") || "0");
  return { ok: true, value: negative ? -minor : minor };
}

/**
 * Reads the bank's calendar date from `YYYY-MM-DD`, `YYYYMMDD`, or a timestamp with or without
 * an offset (`2026-06-17T23:30:00+02:00`, OFX `20260617100000.000[-03:EST]`). The date is the
 * one written, in the file's own offset: it is never converted through UTC into another day.
 */
export function readBankDate(text: string): BankValue<string> {
  const trimmed = text.trim();
  const match = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s]?\d{2}|\[)/.exec(trimmed);
  if (!match) return { ok: false, message: `"${text}" is not a date.` };
  const iso = `${match[1]}-${match[2]}-${match[3]}`;
  if (!parseCalendarDate(iso)) return { ok: false, message: `"${text}" is not a date in the calendar.` };
  return { ok: true, value: iso };
}

const profileDatePatterns = new Map<string, RegExp>();

/** Reads a date written day first or month first with a two- or four-digit year, per a CSV profile's format. */
export function readProfileDate(text: string, format: "YYYY-MM-DD" | "DD.MM.YYYY" | "DD/MM/YYYY" | "MM/DD/YYYY" | "YYYYMMDD" | "DD-MM-YYYY" | "DD.MM.YY" | "DD/MM/YY" | "MM/DD/YY"): BankValue<string> {
  const trimmed = text.trim();
  let expression = profileDatePatterns.get(format);
  if (!expression) {
    const pattern = format
      .replace("YYYY", "(?<y>\\d{4})")
      .replace("YY", "(?<yy>\\d{2})")
      .replace("MM", "(?<m>\\d{1,2})")
      .replace("DD", "(?<d>\\d{1,2})")
      .replaceAll(".", "\\.");
    expression = new RegExp(`^${pattern}$`);
    profileDatePatterns.set(format, expression);
  }
  const groups = expression.exec(trimmed)?.groups;
  if (!groups) return { ok: false, message: `"${text}" is not a date in the format ${format}.` };
  // Two-digit years are read as 20YY: bank statements are recent, and a guessed century is never silent elsewhere.
  const year = groups.y ?? `20${groups.yy}`;
  const iso = `${year}-${(groups.m ?? "").padStart(2, "0")}-${(groups.d ?? "").padStart(2, "0")}`;
  if (!parseCalendarDate(iso)) return { ok: false, message: `"${text}" is not a date in the calendar.` };
  return { ok: true, value: iso };
}

/** An IBAN or account number as written with spaces removed and upper-cased; null when empty. */
export function normalizeAccountIdentifier(text: string | null | undefined): string | null {
  const cleaned = (text ?? "").replace(/\s+/g, "").toUpperCase();
  return cleaned === "" ? null : cleaned;
}

/** Text from a bank file with whitespace collapsed and control characters removed; null when blank. */
export function normalizeBankText(text: string | null | undefined): string | null {
  // eslint-disable-next-line no-control-regex
  const cleaned = (text ?? "").normalize("NFC").replace(/[\u0000-\u001f\u007f-\u009f]/g, " ").replace(/\s+/g, " ").trim();
  return cleaned === "" ? null : cleaned;
}


/** Whether the text is an IBAN with valid check digits (ISO 13616, mod 97); spaces and case are ignored. */
export function isIban(text: string): boolean {
  return ibanProblem(text) === null;
}
