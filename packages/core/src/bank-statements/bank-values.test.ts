import { describe, expect, it } from "vitest";
import { isIban, readBankAmount, readBankDate, readProfileDate } from "./bank-values";

describe("readBankAmount", () => {
  it("reads the currency's minor unit exactly", () => {
    expect(readBankAmount("18.15", "EUR")).toEqual({ ok: true, value: 1815n });
    expect(readBankAmount("1500", "JPY")).toEqual({ ok: true, value: 1500n });
    expect(readBankAmount("1.234", "KWD")).toEqual({ ok: true, value: 1234n });
    expect(readBankAmount("-0.10", "EUR")).toEqual({ ok: true, value: -10n });
    expect(readBankAmount("12,50-", "EUR", { decimalSeparator: "," })).toEqual({ ok: true, value: -1250n });
    expect(readBankAmount("1.234.567,89", "EUR", { decimalSeparator: ",", thousandsSeparator: "." })).toEqual({ ok: true, value: 123456789n });
    expect(readBankAmount("92233720368547758.07", "EUR")).toEqual({ ok: true, value: 9223372036854775807n });
  });
  it("accepts extra decimals that are zeros and refuses a non-zero one", () => {
    expect(readBankAmount("18.150", "EUR")).toEqual({ ok: true, value: 1815n });
    expect(readBankAmount("100.00", "JPY")).toEqual({ ok: true, value: 100n });
    expect(readBankAmount("18.155", "EUR").ok).toBe(false);
    expect(readBankAmount("100.5", "JPY").ok).toBe(false);
  });
  it("refuses what is not an amount", () => {
    for (const text of ["", "-", "1e3", "12.3.4", "1,23", "abc", "0x10", "1 2"]) expect(readBankAmount(text, "EUR").ok, text).toBe(false);
    expect(readBankAmount("1,23", "EUR", { thousandsSeparator: "," }).ok).toBe(false);
    expect(readBankAmount("10", "XYZ").ok).toBe(false);
  });
});

describe("readBankDate", () => {
  it("keeps the day written in the file's own offset", () => {
    expect(readBankDate("2026-06-17T23:30:00+02:00")).toEqual({ ok: true, value: "2026-06-17" });
    expect(readBankDate("20260617100000.000[-03:EST]")).toEqual({ ok: true, value: "2026-06-17" });
    expect(readBankDate("20260617")).toEqual({ ok: true, value: "2026-06-17" });
    expect(readBankDate("2026-06-17")).toEqual({ ok: true, value: "2026-06-17" });
  });
  it("refuses impossible dates", () => {
    expect(readBankDate("2026-02-30").ok).toBe(false);
    expect(readBankDate("17.06.2026").ok).toBe(false);
  });
  it("reads a profile's day-first and month-first dates", () => {
    expect(readProfileDate("17.06.2026", "DD.MM.YYYY")).toEqual({ ok: true, value: "2026-06-17" });
    expect(readProfileDate("6/7/2026", "MM/DD/YYYY")).toEqual({ ok: true, value: "2026-06-07" });
    expect(readProfileDate("31.04.2026", "DD.MM.YYYY").ok).toBe(false);
    expect(readProfileDate("17.06.26", "DD.MM.YY")).toEqual({ ok: true, value: "2026-06-17" });
  });
});

describe("isIban", () => {
  it("accepts IBANs whose check digits hold and refuses others", () => {
    expect(isIban("DE89 3704 0044 0532 0130 00")).toBe(true);
    expect(isIban("CH9300762011623852957")).toBe(true);
    expect(isIban("MT84MALT011000012345MTLCAST001S")).toBe(true);
    expect(isIban("DE89370400440532013001")).toBe(false);
    expect(isIban("DE89370400440532013000EUR")).toBe(false);
    expect(isIban("37040044/0532013000")).toBe(false);
  });
});
