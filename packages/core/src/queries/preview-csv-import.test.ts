import { actorFor, createTestDatabase, createTestOrganization, expectFailure, type TestDatabase, type TestOrganization } from "@closebook/db/testing";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import type { CsvImportProfileInput } from "../bank-statements/formats/csv-profile";
import { createBankAccount } from "../use-cases/create-bank-account";
import { previewCsvImport } from "./preview-csv-import";

const fixture = (name: string) => readFileSync(new URL(`../bank-statements/fixtures/csv/${name}`, import.meta.url));
const nordbankProfile = JSON.parse(fixture("nordbank-de.profile.json").toString("utf8")) as CsvImportProfileInput;
const content = fixture("nordbank-de.csv").toString("base64");

let t: TestDatabase;
let org: TestOrganization;
let bankAccountId: string;

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 4 });
  org = await createTestOrganization(t.db);
  bankAccountId = (await createBankAccount(t.db, actorFor(org, "controller"), { code: "1010", name: "Nordbank current", currency: "EUR", iban: "DE89370400440532013000", bankName: "Nordbank" })).state.id;
});
afterAll(() => t.destroy());

describe("preview-csv-import", () => {
  it("proposes a new profile's basics from the file alone", async () => {
    const result = await previewCsvImport(t.db, actorFor(org, "clerk"), { bankAccountId, content });
    expect(result.preview).toBeNull();
    expect(result.format).toBe("csv");
    expect(result.sniff).toMatchObject({ encoding: "windows-1252", delimiter: ";", skipRows: 3, hasHeaderRow: true, decimalSeparator: ",", dateFormat: "DD.MM.YYYY" });
    expect(result.sniff.firstRow).toContain("Buchungstag");
  });

  it("reads the first rows with a profile: amounts in minor units, dates and names as the import will store them", async () => {
    const result = await previewCsvImport(t.db, actorFor(org, "clerk"), { bankAccountId, content, profile: nordbankProfile });
    expect(result.preview?.ok).toBe(true);
    expect(result.preview?.header).toContain("Verwendungszweck");
    expect(result.preview?.rows[0]).toMatchObject({ line: 5, read: { bookingDate: "2026-06-17", amountMinor: 125000n, currency: "EUR", counterpartyName: "Müller Bürobedarf GmbH" }, problems: [] });
    expect(result.preview?.rows.some((row) => row.read?.amountMinor === 1234567n)).toBe(true);
  });

  it("recognizes a statement file of another format (the import needs no profile then) and reads no rows", async () => {
    const camt = readFileSync(new URL("../bank-statements/fixtures/camt053/v04-batched.xml", import.meta.url)).toString("base64");
    const result = await previewCsvImport(t.db, actorFor(org, "clerk"), { bankAccountId, content: camt, profile: nordbankProfile });
    expect(result).toMatchObject({ format: "camt.053", preview: null });
  });

  it("names each row's problems when the profile does not fit, and the file's when nothing can be read", async () => {
    const wrongDate = await previewCsvImport(t.db, actorFor(org, "clerk"), { bankAccountId, content, profile: { ...nordbankProfile, dateFormat: "YYYY-MM-DD" } });
    expect(wrongDate.preview?.ok).toBe(false);
    expect(wrongDate.preview?.rows[0]?.read).toBeNull();
    expect(wrongDate.preview?.rows[0]?.problems[0]).toMatchObject({ location: { line: 5, field: "Buchungstag" } });
    const missing = await previewCsvImport(t.db, actorFor(org, "clerk"), { bankAccountId, content, profile: { ...nordbankProfile, columns: { ...nordbankProfile.columns, bookingDate: "Datum" } } });
    expect(missing.preview).toMatchObject({ ok: false, rows: [] });
    expect(missing.preview?.problems.length).toBeGreaterThan(0);
  });

  it("refuses an unknown bank account, a viewer, content that is not base64 and a profile that does not hold", async () => {
    await expectFailure(previewCsvImport(t.db, actorFor(org, "clerk"), { bankAccountId: "00000000-0000-4000-8000-000000000000", content }), "BANK_ACCOUNT_NOT_FOUND");
    await expectFailure(previewCsvImport(t.db, actorFor(org, "viewer"), { bankAccountId, content }), "NOT_PERMITTED");
    const other = await createTestOrganization(t.db);
    await expectFailure(previewCsvImport(t.db, actorFor(other, "controller"), { bankAccountId, content }), "BANK_ACCOUNT_NOT_FOUND");
    expect(await previewCsvImport(t.db, actorFor(org, "clerk"), { bankAccountId, content: "not base64!" }).catch((e: unknown) => e)).toBeInstanceOf(ZodError);
    const odd = await previewCsvImport(t.db, actorFor(org, "clerk"), { bankAccountId, content, profile: { ...nordbankProfile, thousandsSeparator: "," } }).catch((e: unknown) => e);
    expect((odd as ZodError).issues.map((issue) => issue.path.join("."))).toEqual(["profile.thousandsSeparator"]);
  });
});
