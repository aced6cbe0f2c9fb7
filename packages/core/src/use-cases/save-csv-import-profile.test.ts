import { actorFor, createTestDatabase, createTestOrganization, expectFailure, type TestDatabase, type TestOrganization } from "@closebook/db/testing";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import type { CsvImportProfileInput } from "../bank-statements/formats/csv-profile";
import { listCsvImportProfiles, listStatementLines } from "../queries/bank-queries";
import { createBankAccount } from "./create-bank-account";
import { importBankStatement } from "./import-bank-statement";
import { saveCsvImportProfile } from "./save-csv-import-profile";

const fixture = (name: string) => readFileSync(new URL(`../bank-statements/fixtures/csv/${name}`, import.meta.url));
const nordbankProfile = JSON.parse(fixture("nordbank-de.profile.json").toString("utf8")) as CsvImportProfileInput;

let t: TestDatabase;
let org: TestOrganization;
let bankAccountId: string;

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 4 });
  org = await createTestOrganization(t.db);
  bankAccountId = (await createBankAccount(t.db, actorFor(org, "controller"), { code: "1010", name: "Nordbank current", currency: "EUR", iban: "DE89370400440532013000", bankName: "Nordbank" })).state.id;
});
afterAll(() => t.destroy());

describe("save-csv-import-profile", () => {
  it("saves a bank's profile, lists it for the bank account, and a CSV file imports through it", async () => {
    const saved = await saveCsvImportProfile(t.db, actorFor(org, "clerk"), { bankAccountId, profile: nordbankProfile });
    expect(saved.state).toMatchObject({ name: "Nordbank (Umsatzexport)", bankAccountId, profile: { delimiter: ";", encoding: "windows-1252", decimalSeparator: ",", thousandsSeparator: "." } });
    expect(saved.triggered).toEqual(["recorded audit event csv_import_profile.created"]);
    expect((await listCsvImportProfiles(t.db, actorFor(org, "viewer"), { bankAccountId })).map((p) => p.id)).toEqual([saved.state.id]);

    const imported = await importBankStatement(t.db, actorFor(org, "clerk"), {
      bankAccountId,
      fileName: "nordbank-de.csv",
      content: fixture("nordbank-de.csv").toString("base64"),
      profileId: saved.state.id,
    });
    expect(imported.state.status).toBe("succeeded");
    const lines = await listStatementLines(t.db, actorFor(org, "viewer"), { bankAccountId });
    // Read with the profile's windows-1252, decimal comma and thousands point: 12.345,67 is 1234567 cents, and the umlauts survive.
    expect(lines.items.map((l) => l.amountMinor)).toContain(1234567n);
    expect(lines.items.some((l) => l.counterpartyName === "Müller Bürobedarf GmbH")).toBe(true);
    expect(imported.state.result?.linesNew).toBe(lines.items.length);
  });

  it("changes a profile, refuses a name already used, an unknown profile or bank account, a bad setting, and a viewer", async () => {
    const other = await saveCsvImportProfile(t.db, actorFor(org, "clerk"), { bankAccountId: null, profile: { ...nordbankProfile, name: "Shared layout" } });
    const renamed = await saveCsvImportProfile(t.db, actorFor(org, "clerk"), { profileId: other.state.id, bankAccountId: null, profile: { ...nordbankProfile, name: "Shared layout v2", skipRows: 4 } });
    expect(renamed.state).toMatchObject({ id: other.state.id, name: "Shared layout v2", profile: { skipRows: 4 } });
    expect(renamed.triggered).toEqual(["recorded audit event csv_import_profile.updated"]);

    await expectFailure(saveCsvImportProfile(t.db, actorFor(org, "clerk"), { bankAccountId: null, profile: { ...nordbankProfile, name: "Shared layout v2" } }), "DUPLICATE_CSV_PROFILE");
    await expectFailure(saveCsvImportProfile(t.db, actorFor(org, "clerk"), { profileId: "00000000-0000-4000-8000-000000000000", profile: nordbankProfile }), "CSV_PROFILE_NOT_FOUND");
    await expectFailure(saveCsvImportProfile(t.db, actorFor(org, "clerk"), { bankAccountId: "00000000-0000-4000-8000-000000000000", profile: { ...nordbankProfile, name: "Elsewhere" } }), "BANK_ACCOUNT_NOT_FOUND");
    const odd = await saveCsvImportProfile(t.db, actorFor(org, "clerk"), { profile: { ...nordbankProfile, name: "Odd", thousandsSeparator: ",", decimalSeparator: "," as const } }).catch((e: unknown) => e);
    expect(odd).toBeInstanceOf(ZodError);
    expect((odd as ZodError).issues.map((issue) => issue.path.join("."))).toEqual(["profile.thousandsSeparator"]);
    await expectFailure(saveCsvImportProfile(t.db, actorFor(org, "viewer"), { profile: { ...nordbankProfile, name: "Viewer's" } }), "NOT_PERMITTED");

    // Nothing refused was written: the shared profile and the bank's own, and no others.
    const names = (await listCsvImportProfiles(t.db, actorFor(org, "viewer"), {})).map((p) => p.name);
    expect(names.filter((name) => ["Shared layout", "Shared layout v2", "Elsewhere", "Odd", "Viewer's"].includes(name))).toEqual(["Shared layout v2"]);
  });

  it("replays an idempotent retry without a second profile", async () => {
    const input = { bankAccountId: null, profile: { ...nordbankProfile, name: "Retried" } };
    const first = await saveCsvImportProfile(t.db, actorFor(org, "clerk"), input, { idempotencyKey: "csv-profile-retry-1" });
    const again = await saveCsvImportProfile(t.db, actorFor(org, "clerk"), input, { idempotencyKey: "csv-profile-retry-1" });
    expect(again.state.id).toBe(first.state.id);
    expect((await listCsvImportProfiles(t.db, actorFor(org, "viewer"), {})).filter((p) => p.name === "Retried")).toHaveLength(1);
  });
});
