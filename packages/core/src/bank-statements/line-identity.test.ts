import { describe, expect, it } from "vitest";
import { lineIdentities, lineKey } from "./line-identity";
import type { ParsedStatementLine } from "./parsed-statement";

const line = (overrides: Partial<ParsedStatementLine>): ParsedStatementLine => ({
  location: { line: 2 },
  bookingDate: "2026-06-02",
    valueDate: null,
    amount: -2_500_00n,
    currency: "EUR",
    bankReference: null,
    endToEndId: null,
    counterpartyName: "Initech Facilities",
    counterpartyAccount: null,
    remittanceInformation: "Rent, June",
    structuredReference: null,
    additionalInformation: null,
    bankTransactionCode: null,
  ...overrides,
});

async function webCryptoHex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

describe("lineIdentities", () => {
  it("is the SHA-256 (hex) of the line's key and its occurrence, counting identical lines", async () => {
    const coffee = line({ amount: -3_40n, remittanceInformation: "Coffee" });
    const batch = line({ bankReference: "REF-1/1" });
    const identities = await lineIdentities("bank-1", [coffee, coffee, batch, line({ remittanceInformation: "Rent, June — ä" })]);
    expect(identities.map((i) => i.occurrence)).toEqual([1, 2, 1, 1]);
    const expected = await Promise.all(
      [coffee, coffee, batch, line({ remittanceInformation: "Rent, June — ä" })].map((l, k) => webCryptoHex(`${lineKey("bank-1", l)}\u001f${k === 1 ? 2 : 1}`)),
    );
    expect(identities.map((i) => i.lineIdentity)).toEqual(expected);
    expect(new Set(identities.map((i) => i.lineIdentity)).size).toBe(4);
  });
});
