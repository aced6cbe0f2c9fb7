import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { describeLocation } from "../parsed-statement";
import { readOfx } from "./ofx";

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/ofx/${name}`, import.meta.url)));

function read(name: string) {
  const result = readOfx(fixture(name));
  if (!result.ok) throw new Error(result.problems.map((p) => `${describeLocation(p.location)}: ${p.message}`).join("\n"));
  return result;
}

describe("readOfx, OFX 1.x (SGML)", () => {
  it("decodes the windows-1252 payee its CHARSET header names", () => {
    const [statement] = read("bank-1x-cp1252.ofx").statements;
    expect(statement?.lines.map((l) => l.counterpartyName)).toEqual(["Café Müller & Söhne", "Électricité de Paris"]);
    expect(statement?.lines[1]?.remittanceInformation).toBe("Facture & frais");
  });

  it("reads the account, currency, period and exact amounts", () => {
    const [statement] = read("bank-1x-cp1252.ofx").statements;
    expect(statement).toMatchObject({
      format: "ofx",
      statementId: null,
      account: { iban: "DE89370400440532013000", number: "DE89370400440532013000", currency: "EUR", bic: "NORDBANKXXX" },
      opening: null,
      fromDate: "2026-06-01",
      toDate: "2026-06-30",
    });
    expect(statement?.lines.map((l) => l.amount)).toEqual([125000n, -1815n]);
  });

  it("keeps DTPOSTED's calendar day in the file's own offset and reads DTUSER as the value date", () => {
    const [statement] = read("bank-1x-cp1252.ofx").statements;
    // 23:30 at +14 is the previous day in UTC: the bank's day is kept.
    expect(statement?.lines.map((l) => [l.bookingDate, l.valueDate])).toEqual([
      ["2026-06-17", "2026-06-16"],
      ["2026-06-30", null],
    ]);
  });

  it("takes FITID as the bank reference, CHECKNUM as the customer reference and TRNTYPE as the code", () => {
    const [statement] = read("bank-1x-cp1252.ofx").statements;
    expect(statement?.lines.map((l) => [l.bankReference, l.endToEndId, l.bankTransactionCode])).toEqual([
      ["2026061700001", null, "CREDIT"],
      ["2026063000007", "1043", "CHECK"],
    ]);
    expect(statement?.lines[0]?.additionalInformation).toBe("Café Müller & Söhne Rechnung INV-2026-0042");
    expect(statement?.lines[1]?.location).toEqual({ line: 36, element: "STMTRS[1]/BANKTRANLIST/STMTTRN[2]" });
  });

  it("reads LEDGERBAL as the closing balance and AVAILBAL as CLAV", () => {
    const [statement] = read("bank-1x-cp1252.ofx").statements;
    expect(statement?.closing).toEqual({ type: "CLBD", amount: 523185n, currency: "EUR", date: "2026-06-30", location: { line: 46, element: "STMTRS[1]/LEDGERBAL" } });
    expect(statement?.otherBalances).toEqual([{ type: "CLAV", amount: 500000n, currency: "EUR", date: "2026-06-30", location: { line: 47, element: "STMTRS[1]/AVAILBAL" } }]);
  });
});

describe("readOfx, OFX 2.x (XML)", () => {
  it("reads each STMTTRNRS as its own statement", () => {
    const { statements } = read("bank-2x.ofx");
    expect(statements.map((s) => [s.account.number, s.account.iban, s.fromDate, s.toDate, s.closing?.amount])).toEqual([
      ["000123456789", null, "2026-06-01", "2026-06-30", 1000000n],
      ["000987654321", null, "2026-06-01", "2026-06-30", 420327n],
    ]);
  });

  it("reads closed leaves, entities, empty elements, REFNUM, a decimal comma and BANKACCTTO", () => {
    const { statements } = read("bank-2x.ofx");
    expect(statements[0]?.lines[0]).toMatchObject({ amount: -250000n, bookingDate: "2026-06-02", bankReference: "US-0001", counterpartyName: "Rent" });
    expect(statements[1]?.lines[0]).toMatchObject({ amount: 327n, endToEndId: "INT-JUNE", counterpartyName: "Interest <June>", remittanceInformation: null, valueDate: "2026-06-30" });
    expect(statements[1]?.lines[1]).toMatchObject({ counterpartyAccount: "000123456789", location: { line: 59, element: "STMTRS[2]/BANKTRANLIST/STMTTRN[2]" } });
  });
});

describe("readOfx, QFX credit card", () => {
  it("reads CCSTMTRS with its card account and a debit balance", () => {
    const [statement] = read("credit-card.qfx").statements;
    expect(statement?.account).toEqual({ iban: null, number: "4111111111111111", currency: "USD", bic: null });
    expect(statement?.lines.map((l) => [l.bookingDate, l.amount, l.bankReference])).toEqual([
      ["2026-06-10", -4217n, "CC-778899"],
      ["2026-07-01", 50000n, "CC-778900"],
    ]);
    expect(statement?.closing?.amount).toBe(-123456n);
    expect(statement?.lines[0]?.location.element).toBe("CCSTMTRS[1]/BANKTRANLIST/STMTTRN[1]");
  });
});

describe("readOfx, malformed files", () => {
  it("refuses a truncated file, naming the element left open", () => {
    const result = readOfx(fixture("truncated-1x.ofx"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.location).toEqual({ line: 39, element: "STMTTRN" });
    expect(result.problems[0]?.message).toMatch(/opened on line 36.*truncated/);
  });

  it("names the element and line of an amount with too many decimals and of an impossible date", () => {
    const result = readOfx(fixture("bad-values-1x.ofx"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.location)).toEqual([
      { line: 30, element: "STMTRS[1]/BANKTRANLIST/STMTTRN[1]/DTUSER", field: "DTUSER" },
      { line: 39, element: "STMTRS[1]/BANKTRANLIST/STMTTRN[2]/TRNAMT", field: "TRNAMT" },
    ]);
    expect(result.problems[1]?.message).toMatch(/more decimals than EUR/);
  });

  it("refuses a file with no statement and a file that is not OFX", () => {
    const empty = readOfx(new TextEncoder().encode("OFXHEADER:100\nDATA:OFXSGML\n\n<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0</STATUS></SONRS></SIGNONMSGSRSV1></OFX>"));
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.problems[0]?.message).toMatch(/no bank or credit-card statement/);
    expect(readOfx(new TextEncoder().encode("Date,Amount\n2026-01-01,1.00")).ok).toBe(false);
  });

  it("refuses a statement without CURDEF and a transaction without DTPOSTED", () => {
    const text = "<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS>\n<BANKACCTFROM><ACCTID>1</BANKACCTFROM><BANKTRANLIST>\n<STMTTRN><TRNAMT>1.00<FITID>x</STMTTRN></BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>";
    const result = readOfx(new TextEncoder().encode(text));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.message)).toEqual(["The statement does not name its currency (CURDEF)."]);
    const noDate = readOfx(new TextEncoder().encode(text.replace("<STMTRS>", "<STMTRS><CURDEF>EUR")));
    expect(noDate.ok).toBe(false);
    if (!noDate.ok) expect(noDate.problems).toEqual([{ location: { line: 3, element: "STMTRS[1]/BANKTRANLIST/STMTTRN[1]/DTPOSTED", field: "DTPOSTED" }, message: "DTPOSTED is missing." }]);
  });

  it("decodes an OFX 2.x file in the encoding its XML declaration names", () => {
    const head = new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?>\n<?OFX OFXHEADER="200" VERSION="211"?>\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>EUR</CURDEF><BANKACCTFROM><ACCTID>1</ACCTID></BANKACCTFROM><BANKTRANLIST>\n<STMTTRN><DTPOSTED>20260101</DTPOSTED><TRNAMT>1</TRNAMT><NAME>Caf');
    const tail = new TextEncoder().encode("</NAME></STMTTRN></BANKTRANLIST></STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>");
    const result = readOfx(new Uint8Array([...head, 0xe9, ...tail]));
    expect(result.ok && result.statements[0]?.lines[0]?.counterpartyName).toBe("Café");
  });

  it("refuses invalid UTF-8 in a file that declares UTF-8, naming the line", () => {
    const head = new TextEncoder().encode('<?xml version="1.0" encoding="UTF-8"?>\n<OFX>\n<NAME>');
    const bytes = new Uint8Array([...head, 0xe9, ...new TextEncoder().encode("</NAME></OFX>")]);
    const result = readOfx(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.location).toEqual({ line: 3 });
  });
});
