import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { describeLocation } from "../parsed-statement";
import { previewCsv, readCsvStatement, sniffCsv } from "./csv";
import { csvImportProfileSchema, type CsvImportProfile } from "./csv-profile";

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/csv/${name}`, import.meta.url)));
const profile = (name: string): CsvImportProfile => csvImportProfileSchema.parse(JSON.parse(readFileSync(new URL(`../fixtures/csv/${name}.profile.json`, import.meta.url), "utf8")));

function lines(file: string, profileName: string, currency: string) {
  const result = readCsvStatement(fixture(file), profile(profileName), { currency });
  if (!result.ok) throw new Error(result.problems.map((p) => `${describeLocation(p.location)}: ${p.message}`).join("\n"));
  expect(result.statements).toHaveLength(1);
  return result.statements[0]?.lines ?? [];
}
function problems(file: string, profileValue: CsvImportProfile, currency: string) {
  const result = readCsvStatement(fixture(file), profileValue, { currency });
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.problems;
}

describe("readCsvStatement, a German export (windows-1252, semicolons, debit and credit columns, decimal comma)", () => {
  const read = lines("nordbank-de.csv", "nordbank-de", "EUR");

  it("reads exact amounts from the Soll and Haben columns, money out negative", () => {
    expect(read.map((l) => l.amount)).toEqual([125000n, -8450n, 1234567n, -1815n]);
  });

  it("reads DD.MM.YYYY booking and value dates", () => {
    expect(read.map((l) => [l.bookingDate, l.valueDate])).toEqual([
      ["2026-06-17", "2026-06-16"],
      ["2026-06-18", "2026-06-18"],
      ["2026-06-29", "2026-06-29"],
      ["2026-06-30", "2026-06-30"],
    ]);
  });

  it("decodes windows-1252 text and maps counterparty, account, reference and a quoted multi-line remittance", () => {
    expect(read[0]).toMatchObject({ counterpartyName: "Müller Bürobedarf GmbH", counterpartyAccount: "DE44500105175407324931", endToEndId: "E2E-0042", remittanceInformation: "Rechnung INV-2026-0042", currency: "EUR" });
    expect(read[1]).toMatchObject({ counterpartyName: "Stadtwerke Köln", endToEndId: null, remittanceInformation: "Strom Juni; Abschlag" });
    expect(read[2]?.remittanceInformation).toBe("Sammelzahlung Rechnungen 17 und 18");
  });

  it("names each row by the file line it starts on, after skipped lines and a blank line", () => {
    expect(read.map((l) => l.location)).toEqual([{ line: 5 }, { line: 6 }, { line: 8 }, { line: 10 }]);
  });
});

describe("readCsvStatement, a US export (UTF-8 with BOM, commas, signed amount, MM/DD/YYYY)", () => {
  const read = lines("liberty-us.csv", "liberty-us", "USD");

  it("reads signed amounts with thousands commas, month-first dates and the bank's transaction id", () => {
    expect(read.map((l) => [l.bookingDate, l.amount, l.bankReference, l.endToEndId, l.remittanceInformation, l.currency])).toEqual([
      ["2026-06-02", -250000n, "TX1001", null, "Rent, June", "USD"],
      ["2026-06-15", 123456n, "TX1002", "INV-77", "ACME Corp payment", "USD"],
      ["2026-06-30", 42n, "TX1003", null, "Interest", "USD"],
    ]);
    expect(read[0]?.location).toEqual({ line: 2 });
  });
});

describe("readCsvStatement, a Swiss export (no header, columns by position, apostrophe thousands, a debit/credit indicator)", () => {
  it("reads the indicator's sign and the currency column", () => {
    const read = lines("alpenbank-ch.csv", "alpenbank-ch", "CHF");
    expect(read.map((l) => [l.location.line, l.bookingDate, l.amount, l.currency, l.counterpartyAccount, l.remittanceInformation])).toEqual([
      [1, "2026-06-03", 485000n, "CHF", "CH9300762011623852957", "Zahlung Rechnung 2026-118 Bergmann AG"],
      [2, "2026-06-05", -210000n, "CHF", "CH5604835012345678009", "Miete Büro Juni"],
      [3, "2026-06-30", -1250n, "CHF", null, "Kontoführung"],
    ]);
  });

  it("takes the opening and closing balances from the balance column", () => {
    const result = readCsvStatement(fixture("alpenbank-ch.csv"), profile("alpenbank-ch"), { currency: "CHF" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.statements[0]?.opening).toEqual({ type: "OPBD", amount: 1000000n, currency: "CHF", date: "2026-06-03", location: { line: 1, field: "column 7" } });
    expect(result.statements[0]?.closing).toEqual({ type: "CLBD", amount: 1273750n, currency: "CHF", date: "2026-06-30", location: { line: 3, field: "column 7" } });
  });

  it("reads the balances of a file listed newest first, and names the row where a running balance breaks", () => {
    const newestFirst = new TextEncoder().encode("30.06.2026;Lastschrift;x;12.50;CHF;;12'737.50\n05.06.2026;Lastschrift;y;2'100.00;CHF;;12'750.00\n03.06.2026;Gutschrift;z;4'850.00;CHF;;14'850.00\n");
    const result = readCsvStatement(newestFirst, profile("alpenbank-ch"), { currency: "CHF" });
    expect(result.ok).toBe(true);
    if (result.ok) expect([result.statements[0]?.opening?.amount, result.statements[0]?.closing?.amount, result.statements[0]?.closing?.location.line]).toEqual([1000000n, 1273750n, 1]);
    const broken = readCsvStatement(new TextEncoder().encode("03.06.2026;Gutschrift;z;4'850.00;CHF;;14'850.00\n05.06.2026;Lastschrift;y;2'100.00;CHF;;12'705.00\n"), profile("alpenbank-ch"), { currency: "CHF" });
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.problems.map((p) => p.location)).toEqual([{ line: 2, field: "column 7" }]);
  });

  it("names an unknown indicator value and an unknown currency", () => {
    const bytes = new TextEncoder().encode("03.06.2026;Storno;x;1.00;CHF;;1.00\n04.06.2026;Gutschrift;x;1.00;XXY;;2.00\n");
    const result = readCsvStatement(bytes, profile("alpenbank-ch"), { currency: "CHF" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.location)).toEqual([{ line: 1, field: "column 2" }, { line: 2, field: "column 5" }]);
  });
});

describe("readCsvStatement, malformed files", () => {
  it("names the row and column of an impossible date", () => {
    expect(problems("nordbank-de-bad-date.csv", profile("nordbank-de"), "EUR")).toEqual([{ location: { line: 6, field: "Buchungstag" }, message: '"31.06.2026" is not a date in the calendar.' }]);
  });

  it("names the row and column of an amount with more decimals than the currency has", () => {
    const found = problems("liberty-us-too-many-decimals.csv", profile("liberty-us"), "USD");
    expect(found.map((p) => p.location)).toEqual([{ line: 4, field: "Amount" }]);
    expect(found[0]?.message).toMatch(/more decimals than USD allows/);
  });

  it("names each missing column of a short row", () => {
    const found = problems("liberty-us-missing-column.csv", profile("liberty-us"), "USD");
    expect(found.map((p) => p.location)).toEqual([
      { line: 3, field: "Amount" },
      { line: 3, field: "Reference" },
      { line: 3, field: "Transaction ID" },
    ]);
    expect(found[0]?.message).toBe('The row has 2 column(s): "Amount" (column 3) is missing.');
  });

  it("refuses bytes that are not UTF-8 under a UTF-8 profile, naming the line", () => {
    expect(problems("liberty-us-latin1.csv", profile("liberty-us"), "USD").map((p) => p.location)).toEqual([{ line: 4 }]);
    expect(problems("nordbank-de.csv", { ...profile("nordbank-de"), encoding: "utf-8" }, "EUR").map((p) => p.location)).toEqual([{ line: 3 }]);
  });

  it("refuses a profile column the header does not have, naming the header line", () => {
    const found = problems("nordbank-de.csv", { ...profile("nordbank-de"), columns: { ...profile("nordbank-de").columns, bankReference: "Buchungs-ID" } }, "EUR");
    expect(found).toEqual([{ location: { line: 4, field: "Buchungs-ID" }, message: 'The header row has no column "Buchungs-ID" (the profile\'s bankReference).' }]);
  });

  it("refuses a row with both a debit and a credit, and a row with neither", () => {
    const bytes = new TextEncoder().encode("Buchungstag;Soll;Haben\n01.06.2026;1,00;2,00\n02.06.2026;;\n");
    const simple = csvImportProfileSchema.parse({ name: "x", delimiter: ";", encoding: "utf-8", hasHeaderRow: true, columns: { bookingDate: "Buchungstag", amount: { kind: "debitCredit", debit: "Soll", credit: "Haben" } }, dateFormat: "DD.MM.YYYY", decimalSeparator: "," });
    const result = readCsvStatement(bytes, simple, { currency: "EUR" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => [p.location, p.message])).toEqual([
      [{ line: 2, field: "Soll" }, 'Both "Soll" and "Haben" hold an amount; a row is either a debit or a credit.'],
      [{ line: 3, field: "Soll" }, 'Neither "Soll" nor "Haben" holds an amount.'],
    ]);
  });

  it("lists the problems of the first 200 rows and counts the rest", () => {
    const rows = Array.from({ length: 250 }, (_, i) => `06/02/2026,x,1.001,,T${i}`).join("\n");
    const result = readCsvStatement(new TextEncoder().encode(`Date,Description,Amount,Reference,Transaction ID\n${rows}\n`), profile("liberty-us"), { currency: "USD" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(201);
    expect(result.problems[199]?.location).toEqual({ line: 201, field: "Amount" });
    expect(result.problems[200]?.message).toBe("50 more row(s) have problems; check the profile with the preview.");
  });

  it("names the line of broken quoting and refuses a file without rows", () => {
    const broken = readCsvStatement(new TextEncoder().encode('Date,Description,Amount,Reference,Transaction ID\n06/02/2026,"Rent,-1.00,,T\n'), profile("liberty-us"), { currency: "USD" });
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.problems[0]?.message).toMatch(/not valid CSV/);
    const empty = readCsvStatement(new TextEncoder().encode("Date,Description,Amount,Reference,Transaction ID\n"), profile("liberty-us"), { currency: "USD" });
    expect(empty.ok).toBe(false);
  });
});

describe("previewCsv", () => {
  it("returns the first rows with their cells and either the line read or the row's problems", () => {
    const preview = previewCsv(fixture("nordbank-de-bad-date.csv"), profile("nordbank-de"), { currency: "EUR", rows: 2 });
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.header?.[0]).toBe("Buchungstag");
    expect(preview.totalRows).toBe(4);
    expect(preview.rows.map((r) => [r.line, r.cells[0], r.result.ok])).toEqual([
      [5, "17.06.2026", true],
      [6, "31.06.2026", false],
    ]);
    const [first, second] = preview.rows;
    if (first?.result.ok) expect(first.result.line.amount).toBe(125000n);
    if (second && !second.result.ok) expect(second.result.problems[0]?.location).toEqual({ line: 6, field: "Buchungstag" });
  });
});

describe("sniffCsv", () => {
  it("proposes encoding, delimiter, preamble, header, decimal separator and date format", () => {
    expect(sniffCsv(fixture("nordbank-de.csv"))).toMatchObject({ encoding: "windows-1252", delimiter: ";", skipRows: 3, hasHeaderRow: true, decimalSeparator: ",", dateFormat: "DD.MM.YYYY" });
    expect(sniffCsv(fixture("nordbank-de.csv")).firstRow[2]).toBe("Auftraggeber/Empfänger");
    expect(sniffCsv(fixture("liberty-us.csv"))).toMatchObject({ encoding: "utf-8", delimiter: ",", skipRows: 0, hasHeaderRow: true, decimalSeparator: ".", dateFormat: "MM/DD/YYYY", firstRow: ["Date", "Description", "Amount", "Reference", "Transaction ID"] });
    expect(sniffCsv(fixture("alpenbank-ch.csv"))).toMatchObject({ encoding: "utf-8", delimiter: ";", skipRows: 0, hasHeaderRow: false, decimalSeparator: ".", dateFormat: "DD.MM.YYYY" });
  });
});

describe("csvImportProfileSchema", () => {
  it("refuses a header name as a column when the file has no header row, naming the field", () => {
    const result = csvImportProfileSchema.safeParse({ ...profile("alpenbank-ch"), columns: { ...profile("alpenbank-ch").columns, bookingDate: "Datum" } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path)).toEqual([["columns", "bookingDate"]]);
  });

  it("refuses the same decimal and thousands separator, an unknown delimiter and a blank name", () => {
    const base = JSON.parse(readFileSync(new URL("../fixtures/csv/liberty-us.profile.json", import.meta.url), "utf8")) as Record<string, unknown>;
    const paths = (value: unknown) => csvImportProfileSchema.safeParse(value).error?.issues.map((i) => i.path.join("."));
    expect(paths({ ...base, thousandsSeparator: "." })).toEqual(["thousandsSeparator"]);
    expect(paths({ ...base, delimiter: ":" })).toEqual(["delimiter"]);
    expect(paths({ ...base, name: "  " })).toEqual(["name"]);
    expect(paths({ ...base, columns: { bookingDate: 0, amount: { kind: "signed", column: "Amount" } } })).toEqual(["columns.bookingDate"]);
  });
});
