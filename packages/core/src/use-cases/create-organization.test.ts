import { countAllRows, countSideEffects, createTestDatabase, createTestOrganization, expectFailure, expectRefusedEverywhere, type TestDatabase, type TestOrganization } from "@closebook/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { defaultChartOfAccounts } from "../ledger/default-chart";
import { getWorkspaceAccess } from "../queries/workspace-access-query";
import { userIdempotencyScope } from "../shared/run-mutation";
import { createOrganization, slugFromName } from "./create-organization";
import { postManualJournalEntry } from "./post-manual-journal-entry";

let t: TestDatabase;
let org: TestOrganization;

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 4 });
  org = await createTestOrganization(t.db);
});
afterAll(() => t.destroy());

const userOf = (role: "viewer" | "clerk" | "admin" = "viewer") => ({ userId: org.member(role).userId, requestId: `req-${crypto.randomUUID().slice(0, 8)}` });
const thisYear = new Date().getUTCFullYear();

describe("create-organization", () => {
  it("founds an organization: its row, the creator as admin, the default chart, one audit event", async () => {
    const before = await countAllRows(t.db);
    const result = await createOrganization(t.db, userOf("viewer"), { name: "  Contoso Holdings GmbH ", baseCurrency: "chf" });
    expect(result.state).toMatchObject({ name: "Contoso Holdings GmbH", slug: "contoso-holdings-gmbh", baseCurrency: "CHF", postingHorizonDays: 366 });
    expect(result.state.ledgerStartsOn).toEqual(new Date(Date.UTC(thisYear, 0, 1)));
    expect(result.message).toBe("Contoso Holdings GmbH is ready: you are its admin, with 19 accounts in its chart.");
    expect(result.triggered).toEqual(["made you its admin", "opened the default chart of 19 accounts in CHF", "recorded audit event organization.created"]);
    expect(result.warnings).toEqual([]);
    expect(result.replayed).toBe(false);

    const counts = await countSideEffects(t.db, result.state.id);
    expect(counts).toMatchObject({ accounts: 19, auditEvents: 1, members: 1, invitations: 0, periods: 0, journalEntries: 0, idempotencyRecords: 0 });
    expect(await countAllRows(t.db)).toEqual({ ...before, organizations: before.organizations + 1, members: before.members + 1, accounts: before.accounts + 19, auditEvents: before.auditEvents + 1 });
    const accounts = await t.db.read.accounts.list({ organizationId: result.state.id });
    expect(accounts.map((a) => `${a.code} ${a.currency}`)).toEqual(defaultChartOfAccounts("CHF").map((a) => `${a.code} ${a.currency}`));
    expect(accounts.find((a) => a.code === "1040")?.currency).toBe("USD");

    // The creator (a viewer elsewhere) is the new organization's admin; the first organization is untouched.
    const access = await getWorkspaceAccess(t.db, org.member("viewer").userId, result.state.id);
    expect(access.activeOrganization).toMatchObject({ organizationId: result.state.id, role: "admin" });
    expect(access.permissions).toContain("members.manage");
    expect(access.memberships.map((m) => m.organizationName).sort()).toEqual(["Contoso Holdings GmbH", "Test Org"]);
    const [event] = await t.db.read.audit.list({ organizationId: result.state.id, limit: 10 });
    expect(event).toMatchObject({ action: "organization.created", entityType: "organization", entityId: result.state.id, actorUserId: org.member("viewer").userId });
  });

  it("keeps today's formats unless told otherwise, and stores the formats it is given", async () => {
    const plain = await createOrganization(t.db, userOf("clerk"), { name: "Plain Formats Ltd" });
    expect(await t.db.read.organizations.formats(plain.state.id)).toEqual({ dateFormat: "iso", numberFormat: "comma_point" });
    const european = await createOrganization(t.db, userOf("clerk"), { name: "Europa Formate AG", dateFormat: "dmy_dot", numberFormat: "point_comma" });
    expect(await t.db.read.organizations.formats(european.state.id)).toEqual({ dateFormat: "dmy_dot", numberFormat: "point_comma" });
    const audit = await t.db.read.audit.list({ organizationId: european.state.id, entityType: "organization", limit: 5 });
    expect(audit[0]?.after).toMatchObject({ formats: { dateFormat: "dmy_dot", numberFormat: "point_comma" } });
  });

  it("opens its first period on first posting, inside its window", async () => {
    const founded = await createOrganization(t.db, userOf("clerk"), { name: "Periods Test AG", ledgerStartsOn: `${thisYear}-01-01` });
    const admin = { userId: org.member("clerk").userId, organizationId: founded.state.id, role: "admin" as const, requestId: "req-posting" };
    const bank = await t.db.read.accounts.findByCode(founded.state.id, "1010");
    const capital = await t.db.read.accounts.findByCode(founded.state.id, "3000");
    const entry = await postManualJournalEntry(t.db, admin, {
      effectiveDate: new Date(),
      memo: "Capital paid in",
      lines: [
        { accountId: bank?.id ?? "", debitMinor: 10_000_00n },
        { accountId: capital?.id ?? "", creditMinor: 10_000_00n },
      ],
    });
    expect(entry.state.number).toMatch(/^JE-\d{4}-\d+$/);
    expect((await countSideEffects(t.db, founded.state.id)).periods).toBe(1);
    await expectFailure(
      postManualJournalEntry(t.db, admin, { effectiveDate: `${thisYear - 1}-12-31`, memo: "Too early", lines: [{ accountId: bank?.id ?? "", debitMinor: 1n }, { accountId: capital?.id ?? "", creditMinor: 1n }] }),
      "DATE_OUTSIDE_WINDOW",
    );
  });

  it("refuses a second organization of a name the user already belongs to with DUPLICATE_ORGANIZATION, writing nothing", async () => {
    const error = await expectRefusedEverywhere(t.db, () => createOrganization(t.db, userOf("viewer"), { name: "contoso holdings gmbh" }), "DUPLICATE_ORGANIZATION");
    expect(error.details).toMatchObject({ field: "name" });
  });

  it("refuses a slug another organization uses with DUPLICATE_ORGANIZATION, writing nothing, but derives a free one from a taken name", async () => {
    const error = await expectRefusedEverywhere(t.db, () => createOrganization(t.db, userOf("admin"), { name: "Another Contoso", slug: "contoso-holdings-gmbh" }), "DUPLICATE_ORGANIZATION");
    expect(error.details).toMatchObject({ field: "slug", slug: "contoso-holdings-gmbh" });
    const derived = await createOrganization(t.db, userOf("admin"), { name: "Contoso Holdings GmbH" });
    expect(derived.state.slug).toBe("contoso-holdings-gmbh-2");
  });

  it("rejects bad input naming each field, and warns about a ledger starting later", async () => {
    const error = await createOrganization(t.db, userOf("admin"), { name: " ", slug: "-Bad slug-", ledgerStartsOn: "2026-02-30", baseCurrency: "EURO" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues.map((i) => i.path.join(".")).sort()).toEqual(["baseCurrency", "ledgerStartsOn", "name", "slug"]);
    const later = await createOrganization(t.db, userOf("admin"), { name: "Future Ventures SE", ledgerStartsOn: `${thisYear + 1}-01-01` });
    expect(later.warnings.map((w) => w.code)).toEqual(["LEDGER_STARTS_LATER"]);
  });

  it("replays a retry with the same key (scoped to the user) and refuses the key for another name", async () => {
    const user = userOf("clerk");
    const first = await createOrganization(t.db, user, { name: "Retry Holdings Ltd" }, { idempotencyKey: "org-create-1" });
    const before = await countAllRows(t.db);
    expect(await createOrganization(t.db, { ...user, requestId: "req-retry" }, { name: "Retry Holdings Ltd" }, { idempotencyKey: "org-create-1" })).toEqual({ ...first, replayed: true });
    expect(await countAllRows(t.db)).toEqual(before);
    expect(await t.db.prisma.idempotencyRecord.count({ where: { organizationId: userIdempotencyScope(user.userId) } })).toBe(1);
    await expectRefusedEverywhere(t.db, () => createOrganization(t.db, user, { name: "Retry Holdings 2 Ltd" }, { idempotencyKey: "org-create-1" }), "IDEMPOTENCY_KEY_REUSED");
    // Another user's same key is their own.
    const other = await createOrganization(t.db, userOf("admin"), { name: "Retry Holdings Ltd" }, { idempotencyKey: "org-create-1" });
    expect(other.replayed).toBe(false);
    expect(other.state.id).not.toBe(first.state.id);
  });

  it("derives slugs from names", () => {
    expect(slugFromName("Société Générale Überseehandel & Co. KG")).toBe("societe-generale-uberseehandel-co-kg");
    expect(slugFromName("株式会社")).toBe("organization");
  });
});
