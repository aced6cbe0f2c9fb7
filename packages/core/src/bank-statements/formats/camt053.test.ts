import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ParsedStatement, StatementFormatProblem, StatementReadResult } from "../parsed-statement";
import { readCamt053 } from "./camt053";

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/camt053/${name}`, import.meta.url)));

function statementsOf(result: StatementReadResult): ParsedStatement[] {
  if (!result.ok) throw new Error(`expected the file to read, got ${JSON.stringify(result.problems)}`);
  return result.statements;
}

function problemsOf(result: StatementReadResult): StatementFormatProblem[] {
  if (result.ok) throw new Error("expected the file to be refused");
  return result.problems;
}

/** A minimal statement of the given version around the given entries. */
function camt(version: string, entries: string, extra = ""): Uint8Array {
  return new TextEncoder().encode(`<?xml version="1.0"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.${version}">
<BkToCstmrStmt>
<Stmt>
<Id>S1</Id>
<Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>EUR</Ccy></Acct>
${extra}
${entries}
</Stmt>
</BkToCstmrStmt>
</Document>`);
}

describe("readCamt053: versions and statements", () => {
  it("reads camt.053.001.02 with several statements for two accounts", () => {
    const result = readCamt053(fixture("v02-two-accounts.xml"));
    const statements = statementsOf(result);
    expect(statements.map((s) => [s.statementId, s.account.iban, s.account.currency])).toEqual([
      ["CB-EUR-2026-06-A", "DE89370400440532013000", "EUR"],
      ["CB-CHF-2026-06", "CH9300762011623852957", "CHF"],
      ["CB-EUR-2026-06-B", "DE89370400440532013000", "EUR"],
    ]);
    const [first, chf] = statements;
    expect(first?.account.bic).toBe("COBADEFFXXX");
    expect([first?.fromDate, first?.toDate]).toEqual(["2026-06-01", "2026-06-15"]);
    expect(first?.opening).toMatchObject({ type: "OPBD", amount: 100000n, currency: "EUR", date: "2026-06-01", location: { element: "Stmt[1]/Bal[1]", line: 28 } });
    expect(first?.closing).toMatchObject({ type: "CLBD", amount: 123185n, date: "2026-06-15" });
    // A debit opening balance is negative.
    expect(chf?.opening?.amount).toBe(-5000n);
    expect(chf?.closing?.amount).toBe(45000n);
  });

  it("reads a credit entry: extra zero decimals, dates, references, the debtor as counterparty, Ustrd lines joined", () => {
    const [first] = statementsOf(readCamt053(fixture("v02-two-accounts.xml")));
    expect(first?.lines[0]).toEqual({
      location: { element: "Stmt[1]/Ntry[1]", line: 40 },
      bookingDate: "2026-06-03",
      valueDate: "2026-06-04",
      amount: 25000n,
      currency: "EUR",
      bankReference: "2026060300001",
      endToEndId: null,
      counterpartyName: "Müller & Söhne GmbH",
      counterpartyAccount: "DE02120300000000202051",
      remittanceInformation: "Invoice CH-2026-0042 thank you",
      structuredReference: null,
      additionalInformation: "SEPA CREDIT TRANSFER",
      bankTransactionCode: "PMNT/RCDT/ESCT",
    });
  });

  it("reads a debit entry as negative with the creditor as counterparty and a proprietary transaction code", () => {
    const [first] = statementsOf(readCamt053(fixture("v02-two-accounts.xml")));
    expect(first?.lines[1]).toMatchObject({
      amount: -1815n,
      bankReference: "2026061000007",
      endToEndId: "E2E-COFFEE-0610",
      counterpartyName: "Kaffee Rösterei Berlin",
      counterpartyAccount: "DE75512108001245126199",
      bankTransactionCode: "NDDT+105",
    });
  });

  it("skips entries that are not booked, with a warning naming the entry", () => {
    const result = readCamt053(fixture("v02-two-accounts.xml"));
    const [first] = statementsOf(result);
    expect(first?.lines).toHaveLength(2);
    expect(result.ok && result.warnings).toEqual([{ location: { element: "Stmt[1]/Ntry[3]", line: 91 }, message: "Entry with status PDNG skipped: only booked entries (BOOK) are imported." }]);
  });

  it("reads a structured creditor reference and an Othr account of the counterparty", () => {
    const [, chf] = statementsOf(readCamt053(fixture("v02-two-accounts.xml")));
    expect(chf?.lines).toEqual([
      expect.objectContaining({ amount: 50000n, currency: "CHF", bankReference: "CHF-0620-1", endToEndId: "E2E-CHF-0620", counterpartyName: "Alpen Handel SA", counterpartyAccount: "CH-ALPEN-77", structuredReference: "210000000003139471430009017", remittanceInformation: null }),
    ]);
  });

  it("reads camt.053.001.08: namespace prefix, Sts/Cd, Dbtr/Pty, BICFI, and DtTm in the file's own offset", () => {
    const result = readCamt053(fixture("v08-datetime.xml"));
    const [statement] = statementsOf(result);
    expect(statement?.account).toEqual({ iban: "FR7630006000011234567890189", number: null, currency: "EUR", bic: "AGRIFRPPXXX" });
    expect(statement?.opening).toMatchObject({ amount: 0n, date: "2026-06-30" });
    expect(statement?.closing).toMatchObject({ amount: 7430n, date: "2026-06-30" });
    // 00:15 at +02:00 is still June 29 in UTC, 23:45 at -05:00 is already July 1 in UTC: the bank's day is June 30 both times.
    expect(statement?.lines[0]).toMatchObject({ bookingDate: "2026-06-30", valueDate: "2026-06-30", amount: 10000n, counterpartyName: "Léon Dupont SARL", counterpartyAccount: "FR1420041010050500013M02606", endToEndId: "E2E-V08-1", remittanceInformation: "Facture F-88" });
    expect(statement?.lines[1]).toMatchObject({ bookingDate: "2026-06-30", valueDate: "2026-07-01", amount: -2570n, counterpartyName: "Papeterie Martin", counterpartyAccount: "FR7630004000031234567890143" });
    expect(result.ok && result.warnings.map((w) => [w.location.element, w.message])).toEqual([["Stmt[1]/Ntry[3]", "Entry with status INFO skipped: only booked entries (BOOK) are imported."]]);
  });

  it("reads every version from 001.02 to 001.08", () => {
    const entry = `<Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-01-02</Dt></BookgDt></Ntry>`;
    for (const version of ["02", "03", "04", "05", "06", "07", "08"]) {
      expect(statementsOf(readCamt053(camt(version, entry)))[0]?.lines[0]?.amount, version).toBe(100n);
    }
  });
});

describe("readCamt053: balances", () => {
  it("takes PRCD as the opening when there is no OPBD and keeps CLAV, ITBD and FWAV as other balances", () => {
    const [statement] = statementsOf(readCamt053(fixture("v04-batched.xml")));
    expect(statement?.account).toEqual({ iban: null, number: "0012345678", currency: "EUR", bic: "BANKDEFFXXX" });
    expect(statement?.opening).toMatchObject({ type: "PRCD", amount: 200000n, date: "2026-06-30" });
    expect(statement?.closing).toMatchObject({ type: "CLBD", amount: 249000n, date: "2026-07-31" });
    expect(statement?.otherBalances.map((b) => [b.type, b.amount, b.date])).toEqual([
      ["ITBD", 210000n, "2026-07-15"],
      ["CLAV", 249000n, "2026-07-31"],
      ["FWAV", 239000n, "2026-08-03"],
    ]);
  });

  it("prefers OPBD over PRCD and keeps PRCD as information", () => {
    const balance = (type: string, amount: string) => `<Bal><Tp><CdOrPrtry><Cd>${type}</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">${amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><DtTm>2026-01-01T00:00:00+01:00</DtTm></Dt></Bal>`;
    const [statement] = statementsOf(readCamt053(camt("05", "", balance("PRCD", "5.00") + balance("OPBD", "6.00"))));
    expect(statement?.opening).toMatchObject({ type: "OPBD", amount: 600n, date: "2026-01-01" });
    expect(statement?.otherBalances.map((b) => [b.type, b.amount])).toEqual([["PRCD", 500n]]);
  });
});

describe("readCamt053: batched entries", () => {
  it("splits one Ntry with several TxDtls into one line each, with its own amount, reference and counterparty", () => {
    const [statement] = statementsOf(readCamt053(fixture("v04-batched.xml")));
    const batch = statement?.lines.slice(0, 3);
    expect(batch?.map((l) => [l.location.element, l.amount, l.bankReference, l.endToEndId, l.counterpartyName, l.structuredReference, l.remittanceInformation])).toEqual([
      ["Stmt[1]/Ntry[1]/NtryDtls[1]/TxDtls[1]", 10000n, "BATCH-0710-A", "INV-1001", "Nordwind Logistik KG", "RF18539007547034", null],
      // No AcctSvcrRef of its own: the entry's, suffixed with the transaction's position, so each stays unique.
      ["Stmt[1]/Ntry[1]/NtryDtls[1]/TxDtls[2]", 25050n, "BATCH-0710/2", "INV-1002", "Sonnenfeld GmbH", null, "INV-1002"],
      // The amount from AmtDtls/TxAmt/Amt; NOTPROVIDED is no end-to-end id.
      ["Stmt[1]/Ntry[1]/NtryDtls[1]/TxDtls[3]", 4950n, "BATCH-0710/3", null, null, null, null],
    ]);
    expect(batch?.every((l) => l.bookingDate === "2026-07-10" && l.bankTransactionCode === "PMNT/RCDT/BOOK")).toBe(true);
    expect(batch?.[1]?.additionalInformation).toBe("Second of three");
    expect(batch?.[0]?.location.line).toBe(61);
  });

  it("signs each transaction of a batch by its own CdtDbtInd (a payout net of a fee)", () => {
    const [statement] = statementsOf(readCamt053(fixture("v04-batched.xml")));
    expect(statement?.lines.slice(3).map((l) => [l.amount, l.bankReference, l.counterpartyName, l.valueDate])).toEqual([
      [10000n, "PAYOUT-0720-GROSS", "Card Acquirer Ltd", "2026-07-21"],
      [-1000n, "PAYOUT-0720-FEE", "Card Acquirer Ltd", "2026-07-21"],
    ]);
  });

  it("refuses a batch whose transactions do not add up to the entry, naming the entry", () => {
    expect(problemsOf(readCamt053(fixture("batch-sum-mismatch.xml")))).toEqual([
      { location: { element: "Stmt[1]/Ntry[1]", line: 50 }, message: "The 3 transactions of this batched entry add up to 399.55 EUR, not the entry's 400.00 EUR." },
    ]);
  });

  it("refuses a batched transaction without an amount", () => {
    const entry = `<Ntry><Amt Ccy="EUR">3.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-01-02</Dt></BookgDt>
<NtryDtls><TxDtls><Amt Ccy="EUR">3.00</Amt></TxDtls><TxDtls><Refs><EndToEndId>X</EndToEndId></Refs></TxDtls></NtryDtls></Ntry>`;
    expect(problemsOf(readCamt053(camt("02", entry))).map((p) => p.location.element)).toEqual(["Stmt[1]/Ntry[1]/NtryDtls[1]/TxDtls[2]"]);
  });
});

describe("readCamt053: refused files name the problem's place", () => {
  it("refuses an amount with a non-zero digit beyond the currency's minor unit", () => {
    expect(problemsOf(readCamt053(fixture("too-many-decimals.xml")))).toEqual([
      { location: { element: "Stmt[1]/Bal[2]/Amt", line: 17 }, message: '"128.155" has more decimals than EUR allows (2).' },
      { location: { element: "Stmt[1]/Ntry[2]/Amt", line: 29 }, message: '"18.155" has more decimals than EUR allows (2).' },
    ]);
  });

  it("refuses a signed or non-decimal amount (the sign is CdtDbtInd's)", () => {
    const entry = (amount: string) => `<Ntry><Amt Ccy="EUR">${amount}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-01-02</Dt></BookgDt></Ntry>`;
    for (const amount of ["-1.00", "1,00", "1e2", ""]) {
      expect(problemsOf(readCamt053(camt("02", entry(amount))))[0]?.location.element, amount).toBe("Stmt[1]/Ntry[1]/Amt");
    }
  });

  it("refuses a date that is not in the calendar", () => {
    expect(problemsOf(readCamt053(fixture("bad-date.xml")))).toEqual([{ location: { element: "Stmt[1]/Ntry[2]/BookgDt/Dt", line: 32 }, message: '"2026-02-30" is not a date in the calendar.' }]);
  });

  it("refuses truncated XML at the line where it ends", () => {
    const [problem] = problemsOf(readCamt053(fixture("truncated.xml")));
    expect(problem?.location).toEqual({ line: 30, element: "Stmt/Ntry/CdtDbtI" });
    expect(problem?.message).toMatch(/^The XML ends at line 30 before <\/CdtDbtI>, <\/Ntry>, <\/Stmt>/);
  });

  it("refuses malformed XML with the validator's line", () => {
    const bytes = new TextEncoder().encode(`<?xml version="1.0"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">\n<BkToCstmrStmt>\n<Stmt></Ntry>\n</BkToCstmrStmt>\n</Document>`);
    expect(problemsOf(readCamt053(bytes))[0]?.location.line).toBe(4);
  });

  it("refuses a file that is not valid UTF-8, naming the line", () => {
    expect(problemsOf(readCamt053(fixture("wrong-encoding.xml")))).toEqual([
      { location: { line: 8 }, message: 'The file is not valid UTF-8 (line 8): it may be in another encoding than its XML declaration says (e.g. ISO-8859-1 without encoding="ISO-8859-1").' },
    ]);
  });

  it("refuses an unknown namespace, another camt message and a document that is not ISO 20022", () => {
    expect(problemsOf(readCamt053(fixture("unknown-namespace.xml")))).toEqual([
      { location: { line: 1, element: "Document" }, message: 'The namespace "urn:iso:std:iso:20022:tech:xsd:camt.053.001.01" is not a camt.053 version read here (camt.053.001.02 to camt.053.001.08).' },
    ]);
    const camt054 = new TextEncoder().encode(`<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"><BkToCstmrDbtCdtNtfctn/></Document>`);
    expect(problemsOf(readCamt053(camt054))[0]?.message).toBe("This is a camt.054.001.08 document, not a camt.053 bank statement.");
    expect(problemsOf(readCamt053(new TextEncoder().encode("<OFX><BANKMSGSRSV1/></OFX>")))[0]?.message).toMatch(/not a camt\.053 statement/);
  });

  it("refuses a file without any statement", () => {
    expect(problemsOf(readCamt053(fixture("no-statement.xml")))).toEqual([{ location: { element: "BkToCstmrStmt", line: 4 }, message: "The file holds no statement (no Stmt element in BkToCstmrStmt)." }]);
  });

  it("names a missing required element", () => {
    const entry = `<Ntry><Amt Ccy="EUR">1.00</Amt><Sts>BOOK</Sts><BookgDt><Dt>2026-01-02</Dt></BookgDt></Ntry>`;
    expect(problemsOf(readCamt053(camt("02", entry)))).toEqual([{ location: { element: "Stmt[1]/Ntry[1]/CdtDbtInd", line: 8 }, message: "Stmt[1]/Ntry[1]/CdtDbtInd is missing." }]);
  });
});

describe("readCamt053: encodings", () => {
  it("reads a file declared ISO-8859-1", () => {
    const [statement] = statementsOf(readCamt053(fixture("latin1-declared.xml")));
    expect(statement?.lines[1]?.remittanceInformation).toBe("Gemäß § 4");
  });

  it("reads UTF-8 with a byte-order mark", () => {
    const plain = fixture("v08-datetime.xml");
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(statementsOf(readCamt053(withBom))[0]?.lines[0]?.counterpartyName).toBe("Léon Dupont SARL");
  });
});
