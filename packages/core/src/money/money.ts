import { minorDigits } from "./currency";

/** Formats minor units as a decimal amount with the currency's digits: 123456n EUR → "1,234.56". */
export function formatMinor(minor: bigint, currency: string, options: { withCurrency?: boolean } = {}): string {
  const digits = minorDigits(currency);
  const negative = minor < 0n;
  const abs = negative ? -minor : minor;
  const base = 10n ** BigInt(digits);
  const whole = (abs / base).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const fraction = digits > 0 ? `.${(abs % base).toString().padStart(digits, "0")}` : "";
  const text = `${negative ? "-" : ""}${whole}${fraction}`;
  return options.withCurrency === false ? text : `${text} ${currency}`;
}

/**
 * Parses a decimal amount typed by a person ("1,234.56", "-10", "0.5") into minor units of the
 * currency, exactly (no floating point). Returns null when the text is not such an amount or
 * has more decimals than the currency allows.
 */
export function parseAmount(text: string, currency: string): bigint | null {
  const cleaned = text.trim().replaceAll(",", "").replaceAll(" ", "");
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(cleaned);
  if (!match) return null;
  const [, sign, whole = "0", fraction = ""] = match;
  const digits = minorDigits(currency);
  if (fraction.length > digits) return null;
  const minor = BigInt(whole) * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, "0") || "0");
  return sign ? -minor : minor;
}
