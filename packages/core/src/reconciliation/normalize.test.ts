import { describe, expect, it } from "vitest";
import { canonicalAccount, canonicalReference, dayNumber, nameSimilarity, nameTokens, referenceKeysInText } from "./normalize";

const keysOf = (text: string) => {
  const keys = new Set<string>();
  referenceKeysInText(text, keys);
  return keys;
};

describe("canonicalReference", () => {
  it.each([
    ["CH-000123", "CH123"],
    ["ch 000123", "CH123"],
    ["CH000123", "CH123"],
    ["CH-123", "CH123"],
    ["MV/000045", "MV45"],
    ["RF18 5390 0754 7034", "RF18539007547034"],
    ["AB00", "AB00"],
    ["AB0C", "AB0C"],
    ["INV-2026-0042", "INV20260042"],
  ])("%s → %s", (input, output) => {
    expect(canonicalReference(input)).toBe(output);
  });
});

describe("referenceKeysInText", () => {
  it("finds numbers written with spaces, dashes, lower case and without leading zeros", () => {
    expect(keysOf("Invoice CH 000123 thanks").has("CH123")).toBe(true);
    expect(keysOf("payment ch-123").has("CH123")).toBe(true);
    const many = keysOf("Invoices CH-5, CH-6 and CH-7");
    expect(["CH5", "CH6", "CH7"].every((key) => many.has(key))).toBe(true);
  });

  it("joins an RF creditor reference written in groups of four", () => {
    expect(keysOf("Ref RF18 5390 0754 7034 June").has("RF18539007547034")).toBe(true);
  });

  it("keeps only keys with a letter and a digit, and stays bounded on long text", () => {
    expect(keysOf("123 456")).toEqual(new Set());
    expect(keysOf("thanks for the goods")).toEqual(new Set());
    const long = keysOf("CH-1 ".repeat(10_000));
    expect(long.size).toBeLessThan(10);
  });
});

describe("counterparty names", () => {
  it("drops company suffixes, punctuation, case and diacritics", () => {
    expect(nameTokens("ACME Trading GmbH")).toEqual(["acme", "trading"]);
    expect(nameTokens("Acme Trading, Ltd.")).toEqual(["acme", "trading"]);
    expect(nameTokens("Société Générale S.A.")).toEqual(["generale", "societe"]);
    expect(nameTokens("Müller & Co. KG")).toEqual(["muller"]);
    expect(nameTokens(null)).toEqual([]);
  });

  it("scores token Jaccard similarity in integer basis points", () => {
    expect(nameSimilarity(nameTokens("ACME TRADING GMBH"), nameTokens("Acme Trading Inc."))).toBe(10000);
    expect(nameSimilarity(nameTokens("Acme Trading"), nameTokens("Acme Logistics"))).toBe(3333);
    expect(nameSimilarity(nameTokens("Acme"), nameTokens("Globex"))).toBe(0);
    expect(nameSimilarity([], nameTokens("Globex"))).toBe(0);
  });
});

describe("accounts and dates", () => {
  it("compares IBANs without spaces or case", () => {
    expect(canonicalAccount("de89 3704 0044 0532 0130 00")).toBe("DE89370400440532013000");
    expect(canonicalAccount("")).toBeNull();
  });

  it("counts days of calendar dates", () => {
    expect(dayNumber("1970-01-02")).toBe(1);
    expect(dayNumber("2026-03-01") - dayNumber("2026-02-28")).toBe(1);
    expect(dayNumber("2026/03/01")).toBeNaN();
  });
});
