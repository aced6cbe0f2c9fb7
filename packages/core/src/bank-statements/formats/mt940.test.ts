import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { describeLocation } from "../parsed-statement";
import { readMt940 } from "./mt940";

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/mt940/${name}`, import.meta.url)));
const text = (content: string) => new TextEncoder().encode(content);

function read(bytes: Uint8Array) {
  const result = readMt940(bytes);
  if (!result.ok) throw new Error(result.problems.map((p) => `${describeLocation(p.location)}: ${p.message}`).join("\n"));
  return result.statements;
}

describe("readMt940", () => {
  const statements = read(fixture("two-statements-year-end.sta"));

  it("reads each SWIFT message as a statement with its reference, account and balances", () => {
    expect(statements.map((s) => [s.statementId, s.account])).toEqual([
      ["STARTUMS/00012/001", { iban: "DE89370400440532013000", number: "NORDDEHHXXX/DE89370400440532013000", currency: "EUR", bic: "NORDDEHHXXX" }],
      ["STARTUMS/00013/001", { iban: null, number: "37040044/0532013000", currency: "EUR", bic: null }],
    ]);
    expect(statements[0]?.opening).toEqual({ type: "OPBD", amount: 100000n, currency: "EUR", date: "2026-12-29", location: { line: 5, element: ":60F:" } });
    expect(statements[0]?.closing).toEqual({ type: "CLBD", amount: 223185n, currency: "EUR", date: "2026-12-31", location: { line: 15, element: ":62F:" } });
    expect(statements[0]?.otherBalances.map((b) => [b.type, b.amount])).toEqual([["CLAV", 223185n]]);
    expect(statements[1]?.closing).toMatchObject({ type: "CLBD", amount: 211185n, date: "2027-01-05", location: { line: 29, element: ":62M:" } });
    expect(statements[1]?.otherBalances.map((b) => [b.type, b.amount, b.date])).toEqual([["FWAV", 211185n, "2027-01-06"]]);
  });

  it("reads :61: amounts exactly with their sign, funds code, reversal and references", () => {
    const lines = statements.flatMap((s) => s.lines);
    expect(lines.map((l) => [l.amount, l.bankReference, l.endToEndId, l.bankTransactionCode, l.location.line])).toEqual([
      [125000n, "B6L30ABC001", "INV-2026-0042", "NTRF", 6],
      [-1815n, "B6L31FEE002", null, "NCHG", 12],
      [-10000n, "B7A02REF003", null, "NMSC", 23],
      // RC, the reversal of a credit, takes money out.
      [-2000n, "B7A05REV004", "ORDER-9", "NTRF", 27],
    ]);
  });

  it("resolves an entry date's year across the year end", () => {
    expect(statements[1]?.lines[0]).toMatchObject({ valueDate: "2027-01-02", bookingDate: "2026-12-31" });
    const [statement] = read(text(":20:X\n:25:123\n:60F:C261231EUR0,00\n:61:2612310102C1,00NTRFNONREF\n:62F:C270102EUR1,00\n"));
    expect(statement?.lines[0]).toMatchObject({ valueDate: "2026-12-31", bookingDate: "2027-01-02" });
  });

  it("reads the structured :86: (?20–?29 purpose with SEPA EREF+/SVWZ+, ?31 account, ?32 name) in windows-1252", () => {
    expect(statements[0]?.lines[0]).toMatchObject({
      counterpartyName: "Müller Bürobedarf GmbH",
      counterpartyAccount: "DE44500105175407324931",
      remittanceInformation: "Rechnung INV-2026-0042 Danke",
      endToEndId: "INV-2026-0042",
    });
    expect(statements[0]?.lines[1]).toMatchObject({ remittanceInformation: "Entgelt Dezember" });
    expect(statements[0]?.lines[1]?.additionalInformation).toMatch(/^Kontofuehrung Kontoführungsgebühr /);
  });

  it("reads a free-text :86: over several lines, one starting with a hyphen", () => {
    expect(statements[1]?.lines[0]?.remittanceInformation).toBe("Unstrukturierter Text Zeile eins Zeile zwei - mit Bindestrich -Zeile drei");
    expect(statements[1]?.lines[1]?.remittanceInformation).toBe("Rueckbuchung");
  });

  it("reads plain :20: blocks without a SWIFT envelope, and an IBAN followed by its currency in :25:", () => {
    const plain = read(text(":20:A\r\n:25:DE89370400440532013000EUR\r\n:28C:1\r\n:60M:D260101JPY1500,\r\n:62M:D260101JPY1500,\r\n:20:B\r\n:25:DE89370400440532013000\r\n:60F:C260101KWD1,234\r\n:62F:C260101KWD1,234\r\n"));
    expect(plain.map((s) => [s.statementId, s.account.iban, s.opening?.amount, s.closing?.currency])).toEqual([
      ["A/1", "DE89370400440532013000", -1500n, "JPY"],
      ["B", "DE89370400440532013000", 1234n, "KWD"],
    ]);
  });

  it("refuses a statement without :62F:, naming where it starts", () => {
    const result = readMt940(fixture("missing-closing.sta"));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([{ location: { line: 19, element: ":62F:" }, message: "The statement starting on line 19 has no closing balance (:62F: or :62M:)." }]);
  });

  it("names the line and field of an amount with too many decimals and of an impossible value date", () => {
    const result = readMt940(fixture("bad-values.sta"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.location)).toEqual([
      { line: 12, element: ":61:", field: "amount" },
      { line: 27, element: ":61:", field: "value date" },
    ]);
    expect(result.problems[0]?.message).toMatch(/more decimals than EUR/);
  });

  it("refuses a :61: it cannot read and a file with no statement", () => {
    const result = readMt940(text(":20:X\n:25:1\n:60F:C260101EUR0,00\n:61:26010X\n:62F:C260101EUR0,00\n"));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.location)).toEqual([{ line: 4, element: ":61:" }]);
    const empty = readMt940(text("\n\n"));
    expect(empty.ok).toBe(false);
  });
});
