/**
 * Amounts as an organization writes them (`numberFormats`): text ⇄ bigint minor units of a
 * currency, digit by digit, never through a floating-point number. Parsing refuses what could be
 * read two ways or was mistyped (a thousands separator not followed by three digits, the other
 * format's decimal mark), more decimals than the currency has (unless they are zeros), and
 * amounts outside the field's range.
 */
import type { NumberFormatValue } from "../domain/enums";
import { maxAmountMinor } from "../fields/limits";
import { minorDigits } from "../money";
import type { LocalParse } from "./local-dates";
import { numberFormatParts } from "./local-formats";

/** The amount written in the format with the currency's decimals: 123456n EUR → "1.234,56" for `point_comma`. */
export function formatLocalAmount(minor: bigint, format: NumberFormatValue, currency: string): string {
  const { group, decimal } = numberFormatParts[format];
  const digits = minorDigits(currency);
  const negative = minor < 0n;
  const abs = negative ? -minor : minor;
  const base = 10n ** BigInt(digits);
  const whole = (abs / base).toString().replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const fraction = digits > 0 ? `${decimal}${(abs % base).toString().padStart(digits, "0")}` : "";
  return `${negative ? "-" : ""}${whole}${fraction}`;
}

export interface AmountRange {
  /** The smallest amount the field takes, in minor units (-10^15 when not given). */
  min?: bigint;
  /** The largest amount the field takes, in minor units (10^15 when not given). */
  max?: bigint;
}

function decimalsName(digits: number): string {
  return digits === 0 ? "no decimals" : digits === 1 ? "1 decimal" : `${digits} decimals`;
}

/**
 * The minor units of `text` written in the format, for the currency, or why it is not such an
 * amount. `range` is the field's (an amount above zero: `{ min: 1n }`).
 */
export function parseLocalAmount(text: string, format: NumberFormatValue, currency: string, range: AmountRange = {}): LocalParse<bigint> {
  const { group, decimal, groupTyped, example } = numberFormatParts[format];
  const digits = minorDigits(currency);
  const like = `Write the amount like ${example}.`;
  let rest = text.trim();
  if (rest === "") return { ok: false, message: "Enter an amount." };
  const negative = rest.startsWith("-") || rest.startsWith("\u2212");
  if (negative) rest = rest.slice(1);
  if (rest === "") return { ok: false, message: like };
  // One spelling of the thousands separator from here on.
  for (const typed of groupTyped) rest = rest.replaceAll(typed, group);

  const foreign = [...rest].find((ch) => !/\d/.test(ch) && ch !== group && ch !== decimal);
  if (foreign !== undefined) {
    const otherMark = ch(foreign);
    return { ok: false, message: /[.,'\s\u2019]/.test(foreign) ? `${otherMark} is not a separator of this organization's amounts. ${like}` : `Use digits and separators only. ${like}` };
  }
  const decimalAt = rest.indexOf(decimal);
  if (decimalAt !== rest.lastIndexOf(decimal)) return { ok: false, message: `The decimal mark ${ch(decimal)} may appear once. ${like}` };
  const wholeText = decimalAt === -1 ? rest : rest.slice(0, decimalAt);
  const fraction = decimalAt === -1 ? "" : rest.slice(decimalAt + 1);
  if (fraction.includes(group)) return { ok: false, message: `A thousands separator ${ch(group)} cannot follow the decimal mark ${ch(decimal)}. ${like}` };
  if (wholeText === "") return { ok: false, message: `Write a digit before the decimal mark ${ch(decimal)}. ${like}` };
  if (decimalAt !== -1 && fraction === "") return { ok: false, message: `Write the decimals after the decimal mark ${ch(decimal)}, or leave the mark out. ${like}` };
  if (wholeText.includes(group) && !new RegExp(`^\\d{1,3}(?:${escape(group)}\\d{3})*$`).test(wholeText)) {
    return { ok: false, message: `The thousands separator ${ch(group)} goes between groups of three digits (the decimal mark is ${ch(decimal)}). ${like}` };
  }
  const whole = wholeText.replaceAll(group, "");
  if (!/^\d+$/.test(whole) || !/^\d*$/.test(fraction)) return { ok: false, message: like };

  if (fraction.length > digits && /[1-9]/.test(fraction.slice(digits))) {
    return { ok: false, message: `${currency} amounts have ${decimalsName(digits)}: ${text.trim()} has ${fraction.replace(/0+$/, "").length}.` };
  }
  const kept = fraction.slice(0, digits).padEnd(digits, "0");
  const magnitude = BigInt(whole) * 10n ** BigInt(digits) + BigInt(kept === "" ? "0" : kept);
  const minor = negative ? -magnitude : magnitude;
  const min = range.min ?? -maxAmountMinor;
  const max = range.max ?? maxAmountMinor;
  if (minor < min) {
    if (min === 0n) return { ok: false, message: "The amount cannot be negative." };
    if (min === 1n) return { ok: false, message: "The amount must be above zero." };
    return { ok: false, message: `The amount must be at least ${formatLocalAmount(min, format, currency)} ${currency}.` };
  }
  if (minor > max) return { ok: false, message: `The amount may be at most ${formatLocalAmount(max, format, currency)} ${currency}.` };
  return { ok: true, value: minor };
}

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** A separator as a message names it. */
function ch(separator: string): string {
  return separator.trim() === "" ? "(a space)" : `"${separator}"`;
}
