import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateFormats, numberFormats, type DateFormatValue, type NumberFormatValue } from "../domain/enums";
import { maxAmountMinor } from "../fields";
import { minorDigits } from "../money";
import { formatLocalAmount, parseLocalAmount } from "./local-amounts";
import { formatLocalDate, localDateToIso, parseLocalDate } from "./local-dates";

/** One currency per minor unit: none (JPY), cents (EUR), thousandths (KWD). */
const currencies = ["JPY", "EUR", "KWD"] as const;

const day = fc.date({ min: new Date(Date.UTC(1970, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true }).map((d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())));

describe("formatLocalDate / parseLocalDate", () => {
  it("scales of the currencies tested are 0, 2 and 3", () => {
    expect(currencies.map(minorDigits)).toEqual([0, 2, 3]);
  });

  it.each(dateFormats)("round-trips every day of the ledger's calendar in %s", (format) => {
    fc.assert(
      fc.property(day, (date) => {
        const text = formatLocalDate(date, format);
        const parsed = parseLocalDate(text, format);
        expect(parsed).toEqual({ ok: true, value: date });
      }),
      { numRuns: 300 },
    );
  });

  it.each<[DateFormatValue, string, string]>([
    ["iso", "2026-06-17", "2026-06-17"],
    ["dmy_dot", "17.06.2026", "2026-06-17"],
    ["dmy_dot", " 1.6.2026 ", "2026-06-01"],
    ["dmy_slash", "17/06/2026", "2026-06-17"],
    ["mdy_slash", "06/17/2026", "2026-06-17"],
    ["dmy_dot", "29.02.2028", "2028-02-29"],
  ])("%s reads %j as %s", (format, text, iso) => {
    expect(localDateToIso(text, format)).toEqual({ ok: true, value: iso });
  });

  it.each<[DateFormatValue, string, string]>([
    ["dmy_dot", "", "Enter a date."],
    ["dmy_dot", "31.02.2026", "31.02.2026 is not a date in the calendar."],
    ["dmy_dot", "29.02.2027", "29.02.2027 is not a date in the calendar."],
    ["dmy_dot", "17.13.2026", "17.13.2026 is not a date in the calendar."],
    ["dmy_dot", "00.06.2026", "00.06.2026 is not a date in the calendar."],
    ["dmy_dot", "17.06.26", "Use a date like 23.11.2026."],
    ["dmy_dot", "17.06.02026", "Use a date like 23.11.2026."],
    ["dmy_dot", "17/06/2026", "Use a date like 23.11.2026."],
    ["dmy_dot", "2026-06-17", "Use a date like 23.11.2026."],
    ["dmy_dot", "17.06.", "Use a date like 23.11.2026."],
    ["dmy_dot", "01.01.1969", "Use a date between 01.01.1970 and 31.12.2199."],
    ["dmy_slash", "31/04/2026", "31/04/2026 is not a date in the calendar."],
    ["mdy_slash", "17/06/2026", "17/06/2026 is not a date in the calendar."],
    ["mdy_slash", "6/17/26", "Use a date like 11/23/2026."],
    ["iso", "2026-6-17", "Use a date like 2026-11-23."],
    ["iso", "2026-02-30", "2026-02-30 is not a date in the calendar."],
    ["iso", "2200-01-01", "Use a date between 1970-01-01 and 2199-12-31."],
  ])("%s refuses %j: %s", (format, text, message) => {
    expect(parseLocalDate(text, format)).toEqual({ ok: false, message });
  });
});

describe("formatLocalAmount / parseLocalAmount", () => {
  const combos = numberFormats.flatMap((format) => currencies.map((currency) => [format, currency] as const));

  it.each(combos)("round-trips every amount in %s for %s", (format, currency) => {
    fc.assert(
      fc.property(fc.bigInt({ min: -maxAmountMinor, max: maxAmountMinor }), (minor) => {
        const text = formatLocalAmount(minor, format, currency);
        expect(parseLocalAmount(text, format, currency)).toEqual({ ok: true, value: minor });
      }),
      { numRuns: 300 },
    );
  });

  it.each<[NumberFormatValue, string, string]>([
    ["comma_point", "123456", "1,234.56"],
    ["point_comma", "123456", "1.234,56"],
    ["space_comma", "123456", "1 234,56"],
    ["apostrophe_point", "123456", "1'234.56"],
    ["point_comma", "-100000000005", "-1.000.000.000,05"],
  ])("%s writes %s EUR minor units as %j", (format, minor, text) => {
    expect(formatLocalAmount(BigInt(minor), format, "EUR")).toBe(text);
  });

  it("writes JPY without and KWD with three decimals", () => {
    expect(formatLocalAmount(1234n, "point_comma", "JPY")).toBe("1.234");
    expect(formatLocalAmount(1234567n, "space_comma", "KWD")).toBe("1 234,567");
  });

  it.each<[NumberFormatValue, string, string, bigint]>([
    ["point_comma", "1.234,56", "EUR", 123456n],
    ["point_comma", "1234,56", "EUR", 123456n],
    ["point_comma", "1234,5", "EUR", 123450n],
    ["point_comma", "0,05", "EUR", 5n],
    ["point_comma", "1.234", "EUR", 123400n],
    ["point_comma", "1.234,560", "EUR", 123456n],
    ["point_comma", "1.234,00", "JPY", 1234n],
    ["point_comma", "-1.234,56", "EUR", -123456n],
    ["comma_point", "1,234.56", "EUR", 123456n],
    ["comma_point", "1.5", "KWD", 1500n],
    ["space_comma", "1\u00A0234,56", "EUR", 123456n],
    ["space_comma", "1\u202F234,56", "EUR", 123456n],
    ["apostrophe_point", "1\u2019234.56", "EUR", 123456n],
  ])("%s reads %j in %s as %s", (format, text, currency, minor) => {
    expect(parseLocalAmount(text, format, currency)).toEqual({ ok: true, value: minor });
  });

  it.each<[NumberFormatValue, string, string, string]>([
    ["point_comma", "", "EUR", "Enter an amount."],
    ["point_comma", "-", "EUR", "Write the amount like 1.234,56."],
    ["point_comma", "1,234.56", "EUR", 'A thousands separator "." cannot follow the decimal mark ",". Write the amount like 1.234,56.'],
    ["point_comma", "1.5", "EUR", 'The thousands separator "." goes between groups of three digits (the decimal mark is ","). Write the amount like 1.234,56.'],
    ["point_comma", "12.34.56", "EUR", 'The thousands separator "." goes between groups of three digits (the decimal mark is ","). Write the amount like 1.234,56.'],
    ["comma_point", "1,23", "EUR", 'The thousands separator "," goes between groups of three digits (the decimal mark is "."). Write the amount like 1,234.56.'],
    ["comma_point", "1.234,56", "EUR", 'A thousands separator "," cannot follow the decimal mark ".". Write the amount like 1,234.56.'],
    ["comma_point", "1.2.3", "EUR", 'The decimal mark "." may appear once. Write the amount like 1,234.56.'],
    ["point_comma", ",5", "EUR", 'Write a digit before the decimal mark ",". Write the amount like 1.234,56.'],
    ["point_comma", "5,", "EUR", 'Write the decimals after the decimal mark ",", or leave the mark out. Write the amount like 1.234,56.'],
    ["point_comma", "1 234,56", "EUR", "(a space) is not a separator of this organization's amounts. Write the amount like 1.234,56."],
    ["comma_point", "1'234.56", "EUR", `"'" is not a separator of this organization's amounts. Write the amount like 1,234.56.`],
    ["point_comma", "€12,34", "EUR", "Use digits and separators only. Write the amount like 1.234,56."],
    ["point_comma", "1e5", "EUR", "Use digits and separators only. Write the amount like 1.234,56."],
    ["point_comma", "+5", "EUR", "Use digits and separators only. Write the amount like 1.234,56."],
    ["point_comma", "1,234", "EUR", "EUR amounts have 2 decimals: 1,234 has 3."],
    ["point_comma", "1,5", "JPY", "JPY amounts have no decimals: 1,5 has 1."],
    ["point_comma", "1,2345", "KWD", "KWD amounts have 3 decimals: 1,2345 has 4."],
    ["point_comma", "10.000.000.000.000,01", "EUR", "The amount may be at most 10.000.000.000.000,00 EUR."],
    ["point_comma", "-10.000.000.000.000,01", "EUR", "The amount must be at least -10.000.000.000.000,00 EUR."],
  ])("%s refuses %j in %s: %s", (format, text, currency, message) => {
    expect(parseLocalAmount(text, format, currency)).toEqual({ ok: false, message });
  });

  it("refuses amounts outside the field's range", () => {
    expect(parseLocalAmount("0,00", "point_comma", "EUR", { min: 1n })).toEqual({ ok: false, message: "The amount must be above zero." });
    expect(parseLocalAmount("-1", "point_comma", "EUR", { min: 0n })).toEqual({ ok: false, message: "The amount cannot be negative." });
    expect(parseLocalAmount("1.000", "point_comma", "JPY", { max: 999n })).toEqual({ ok: false, message: "The amount may be at most 999 JPY." });
    expect(parseLocalAmount("999", "point_comma", "JPY", { max: 999n })).toEqual({ ok: true, value: 999n });
  });

  it("never goes through a float: amounts beyond 2^53 stay exact", () => {
    expect(parseLocalAmount("9.007.199.254.740.993", "point_comma", "JPY", { max: 2n ** 63n - 1n })).toEqual({ ok: true, value: 9007199254740993n });
  });
});
