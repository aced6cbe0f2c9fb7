"use client";

import {
  defaultOrganizationFormats,
  formatLocalAmount,
  formatLocalDate,
  minorDigits,
  numberFormatParts,
  parseLocalAmount,
  type AmountRange,
  type OrganizationFormats,
} from "@closebook/core";
import { createContext, useContext, useMemo, type ReactNode } from "react";

const FormatsContext = createContext<OrganizationFormats>(defaultOrganizationFormats);

/** Hands the active organization's formats (from `session.me`) to every date and amount input below. */
export function OrganizationFormatsProvider({ formats, children }: { formats: OrganizationFormats | null; children: ReactNode }) {
  return <FormatsContext.Provider value={formats ?? defaultOrganizationFormats}>{children}</FormatsContext.Provider>;
}

/** How the active organization writes dates and amounts (today's formats outside one). */
export function useOrganizationFormats(): OrganizationFormats {
  return useContext(FormatsContext);
}

export interface LocalAmounts {
  /** Minor units of a typed amount in the organization's number format, or null when it is not one (see `problem`). */
  parse(text: string, currency: string, range?: AmountRange): bigint | null;
  /** Why a typed amount is not one, or not one the field takes: core's message (a general hint when core took it). */
  refusal(text: string, currency: string, range?: AmountRange): string;
  /** Minor units as the organization writes them, without the currency: what an amount input is prefilled with. */
  format(minor: bigint, currency: string): string;
  /** An amount input's placeholder: "0,00". */
  placeholder(digits: number): string;
}

/** Core's parsing and formatting of amounts, in the active organization's number format. */
export function useLocalAmounts(): LocalAmounts {
  const { numberFormat } = useOrganizationFormats();
  return useMemo(() => {
    const { decimal } = numberFormatParts[numberFormat];
    const example = (digits: number) => `250${digits > 0 ? `${decimal}${"0".repeat(digits)}` : ""}`;
    return {
      parse: (text, currency, range) => {
        const parsed = parseLocalAmount(text, numberFormat, currency, range);
        return parsed.ok ? parsed.value : null;
      },
      refusal: (text, currency, range) => {
        const parsed = parseLocalAmount(text, numberFormat, currency, range);
        if (!parsed.ok) return parsed.message;
        const digits = minorDigits(currency);
        return digits > 0 ? `Enter an amount such as ${example(digits)}, with at most ${digits} decimals for ${currency}.` : `Enter a whole amount: ${currency} has no decimals.`;
      },
      format: (minor, currency) => formatLocalAmount(minor, numberFormat, currency),
      placeholder: (digits) => (digits > 0 ? `0${decimal}${"0".repeat(digits)}` : "0"),
    } satisfies LocalAmounts;
  }, [numberFormat]);
}

export interface LocalDisplay {
  /** Minor units as the organization writes them, with the currency code after unless `withCurrency: false`: "1.234,56 EUR". */
  amount(minor: bigint, currency: string, options?: { withCurrency?: boolean }): string;
  /** A calendar date (its UTC day) as the organization writes it, "17.06.2026"; a dash for none. */
  date(date: Date | null | undefined): string;
  /** A moment as its UTC day in the organization's format and the UTC time: "17.06.2026 14:05 UTC" (the same on the server and in any browser). */
  timestamp(date: Date): string;
}

/**
 * Core's formatting of amounts and dates in the active organization's formats, for text that shows
 * them (cells, totals, sentences). The formats come from the server's session, so the server's
 * HTML and the browser's first render agree. Exports stay machine-readable and do not use this.
 */
export function useLocalDisplay(): LocalDisplay {
  const { numberFormat, dateFormat } = useOrganizationFormats();
  return useMemo(
    () => ({
      amount: (minor, currency, options = {}) => {
        const text = formatLocalAmount(minor, numberFormat, currency);
        return options.withCurrency === false ? text : `${text} ${currency}`;
      },
      date: (date) => (date ? formatLocalDate(date, dateFormat) : "\u2014"),
      timestamp: (date) => `${formatLocalDate(date, dateFormat)} ${date.toISOString().slice(11, 16)} UTC`,
    }),
    [numberFormat, dateFormat],
  );
}
