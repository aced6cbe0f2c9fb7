import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { amountMinor, calendarDate, currencyCode, entityId, fieldKindOf, idempotencyKey, maxAmountMinor, optionalText, parseCalendarDate, text } from "./fields";

const messages = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues.map((i) => i.message) ?? [];

describe("calendar dates", () => {
  it("accept real dates as UTC midnight", () => {
    expect(calendarDate.parse("2026-02-28")).toEqual(new Date("2026-02-28T00:00:00.000Z"));
    expect(calendarDate.parse("2028-02-29")).toEqual(new Date("2028-02-29T00:00:00.000Z"));
    expect(calendarDate.parse(new Date("2026-06-17T23:30:00.000Z"))).toEqual(new Date("2026-06-17T00:00:00.000Z"));
  });

  it("refuse impossible dates instead of rolling them over", () => {
    for (const value of ["2026-02-30", "2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-01-00"]) {
      expect(messages(calendarDate, value), value).toEqual([`${value} is not a date in the calendar.`]);
    }
  });

  it("keep years 0000-0099 as they are (no shift to 1900-1999), and refuse them as outside the calendar", () => {
    expect(parseCalendarDate("0099-03-01")?.getUTCFullYear()).toBe(99);
    for (const value of ["0000-01-01", "0099-12-31", "1900-01-01", "1969-12-31", "2200-01-01", "9999-12-31"]) {
      expect(messages(calendarDate, value), value).toEqual(["Use a date between 1970-01-01 and 2199-12-31."]);
    }
    expect(messages(calendarDate, new Date(Date.UTC(10000, 0, 30)))).toEqual(["Use a date between 1970-01-01 and 2199-12-31."]);
    expect(messages(calendarDate, new Date(Number.NaN))).toEqual(["Use a date like 2026-11-23."]);
  });

  it("refuse anything that is not strict YYYY-MM-DD", () => {
    for (const value of ["", "2026-1-05", "26-01-05", "2026/01/05", "2026-01-05T00:00:00Z", " 2026-01-05", "+02026-01-05", "10000-01-01"]) {
      expect(calendarDate.safeParse(value).success, value).toBe(false);
    }
  });

  it("agree with the calendar for every day from 1970 to 2199", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1970-01-01T00:00:00Z"), max: new Date("2199-12-31T23:59:59Z"), noInvalidDate: true }), (date) => {
        const day = date.toISOString().slice(0, 10);
        expect(calendarDate.parse(day).toISOString().slice(0, 10)).toBe(day);
      }),
    );
  });
});

describe("money", () => {
  it("accepts 1 to 10^15 minor units and refuses the rest, 2^63 included", () => {
    const schema = amountMinor();
    expect(schema.parse(1n)).toBe(1n);
    expect(schema.parse(maxAmountMinor)).toBe(maxAmountMinor);
    for (const value of [0n, -1n, maxAmountMinor + 1n, 2n ** 63n, 2n ** 64n, 5n * 10n ** 18n]) expect(schema.safeParse(value).success, String(value)).toBe(false);
    for (const value of [1, 1.5, "100", null, Number.NaN]) expect(schema.safeParse(value).success, String(value)).toBe(false);
    expect(fieldKindOf(schema)).toEqual({ kind: "money", min: 1n, max: maxAmountMinor });
  });

  it("keeps the largest entry (100 lines of the largest amount) far inside PostgreSQL's bigint", () => {
    expect(100n * maxAmountMinor < 2n ** 63n - 1n).toBe(true);
  });
});

describe("text", () => {
  const name = text({ min: 2, max: 20, message: "Give a name." });

  it("normalizes to NFC and trims", () => {
    expect(name.parse("  Cafe\u0301 Noir  ")).toBe("Café Noir");
  });

  it("refuses NUL, control characters and lone surrogates", () => {
    expect(messages(name, "Acme\u0000 Ltd")).toEqual(["This text holds a NUL character."]);
    expect(messages(name, "Acme\u0007")).toEqual(["This text holds a control character."]);
    expect(messages(name, "Acme\nLtd")).toEqual(["This text holds a control character."]);
    expect(messages(name, "Acme \uD800")).toEqual(["This text holds a broken character (a lone UTF-16 surrogate)."]);
    expect(messages(name, "Acme \uDC00 Ltd")).toEqual(["This text holds a broken character (a lone UTF-16 surrogate)."]);
    expect(name.parse("Acme 😀")).toBe("Acme 😀");
  });

  it("counts text made only of invisible characters as blank", () => {
    for (const value of ["\u200B\u200B\u200B", "\u200B \u2060\uFEFF", "\u00AD\u00AD", " \u3164 "]) expect(messages(name, value), JSON.stringify(value)).toEqual(["Give a name."]);
  });

  it("bounds the length", () => {
    expect(messages(name, "x".repeat(21))).toEqual(["Use at most 20 characters."]);
    expect(messages(name, "x".repeat(1_000_000))).toEqual(["Use at most 20 characters."]);
  });

  it("keeps line breaks in multi-line text only", () => {
    expect(text({ max: 50, multiline: true }).parse("First line\nSecond\tline")).toBe("First line\nSecond\tline");
    expect(messages(text({ max: 50, multiline: true }), "First\u0000")).toEqual(["This text holds a NUL character."]);
  });

  it("turns blank optional text into null and still refuses bad characters", () => {
    const note = optionalText({ max: 10 });
    expect(note.parse(undefined)).toBeNull();
    expect(note.parse("  \u200B ")).toBeNull();
    expect(note.parse(" ok ")).toBe("ok");
    expect(note.safeParse("a\u0000").success).toBe(false);
  });

  it("never lets a value with a control character or lone surrogate through", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 30 }), (value) => {
        const parsed = text({ max: 200 }).safeParse(value);
        if (parsed.success) {
          expect(parsed.data).toBe(parsed.data.normalize("NFC"));
          expect(/\p{Cc}/u.test(parsed.data)).toBe(false);
          expect(parsed.data.replace(/[\p{Cf}\s]/gu, "").length).toBeGreaterThan(0);
        }
      }),
    );
  });
});

describe("identifiers, currencies and keys", () => {
  it("accept only what they say", () => {
    expect(entityId().safeParse("0b6f8a9e-0d2f-4c1c-9a51-2c7f6f1b8a10").success).toBe(true);
    for (const value of ["", "not-a-uuid", "0b6f8a9e-0d2f-4c1c-9a51-2c7f6f1b8a10x", 42]) expect(entityId().safeParse(value).success).toBe(false);
    expect(currencyCode.parse(" eur ")).toBe("EUR");
    for (const value of ["EU", "EURO", "XYZ", "€", ""]) expect(currencyCode.safeParse(value).success, value).toBe(false);
    expect(idempotencyKey.safeParse("7f3c2a10-key").success).toBe(true);
    for (const value of ["short", "has space inside", "x".repeat(201), "ключ-ключ-ключ"]) expect(idempotencyKey.safeParse(value).success, value).toBe(false);
  });
});
