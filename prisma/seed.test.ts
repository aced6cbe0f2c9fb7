/**
 * The demo data is useful only while it shows what a newcomer should see: every charge state,
 * an approvals inbox for each approver and the controller, balanced books. Seeded once into a
 * fresh database (through the use cases, as `pnpm db:seed` does), then checked; a second run
 * must change nothing.
 */
import { createServerDependencies, type ApiDependencies } from "@closebook/api";
import { getApprovalPolicy, listApprovalInbox, listNotifications, listTasks, type Actor, type Role } from "@closebook/core";
import { createTestDatabase, ledgerViolations, type TestDatabase } from "@closebook/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoStatementFiles, demoStatementMonths, importDemoStatements } from "./demo-statements";
import { demoOrganization, demoUsers, secondDemoOrganization, seedDemoData, type SeedSummary } from "./seed";

let t: TestDatabase;
let deps: ApiDependencies;
let first: SeedSummary;
let seconds = 0;

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 4 });
  deps = createServerDependencies({ DATABASE_URL: t.url, DATABASE_POOL_SIZE: "4" });
  const started = Date.now();
  first = await seedDemoData(deps);
  seconds = (Date.now() - started) / 1000;
});

afterAll(async () => {
  await deps.db.close();
  await t.destroy();
});

/** Row counts of every table of the application's schema. */
async function tableCounts(): Promise<Record<string, number>> {
  const tables = await t.db.prisma.$queryRaw<{ name: string }[]>`
    select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`;
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await t.db.prisma.$queryRawUnsafe<{ n: number }[]>(`select count(*)::int as n from "${name.replaceAll('"', '""')}"`);
    counts[name] = row?.n ?? -1;
  }
  return counts;
}

async function organizationId(slug: string): Promise<string> {
  return (await t.db.prisma.organization.findUniqueOrThrow({ where: { slug } })).id;
}

async function actor(slug: string, email: string): Promise<Actor> {
  const orgId = await organizationId(slug);
  const user = await t.db.prisma.user.findUniqueOrThrow({ where: { email } });
  const role = await t.db.read.memberships.roleOf(orgId, user.id);
  if (!role) throw new Error(`${email} is no member of ${slug}`);
  return { userId: user.id, organizationId: orgId, role: role as Role, requestId: "seed-test" };
}

describe("the demo data", () => {
  it("builds both organizations through the use cases, in seconds", () => {
    expect(first.organizationsCreated).toEqual([demoOrganization.name, secondDemoOrganization.name]);
    expect(first.usersCreated).toBe(demoUsers.length);
    expect(first.useCaseCalls).toBeGreaterThan(300);
    expect(seconds).toBeLessThan(60);
  });

  it("gives each demo user the roles the README lists", async () => {
    const northwind = await organizationId(demoOrganization.slug);
    const contoso = await organizationId(secondDemoOrganization.slug);
    for (const user of demoUsers) {
      const { id } = await t.db.prisma.user.findUniqueOrThrow({ where: { email: user.email } });
      expect(await t.db.read.memberships.roleOf(northwind, id)).toBe(user.role);
      expect(await t.db.read.memberships.roleOf(contoso, id)).toBe(user.role === "admin" || user.role === "controller" ? user.role : null);
    }
  });

  it("keeps balanced books that break no ledger invariant, in both organizations", async () => {
    for (const slug of [demoOrganization.slug, secondDemoOrganization.slug]) {
      expect(await ledgerViolations(t.db, await organizationId(slug))).toEqual([]);
    }
  });

  it("spreads a year of entries over at least twelve months", async () => {
    const [row] = await t.db.prisma.$queryRaw<{ months: number; entries: number }[]>`
      select count(distinct date_trunc('month', effective_date))::int as months, count(*)::int as entries
      from journal_entry where organization_id = ${await organizationId(demoOrganization.slug)}`;
    expect(row?.months).toBeGreaterThanOrEqual(12);
    expect(row?.entries).toBeGreaterThan(100);
  });

  it("has charges in every state: draft, issued, partly paid, paid, overdue and void", async () => {
    const charges = await t.db.prisma.charge.findMany({ where: { organizationId: await organizationId(demoOrganization.slug) } });
    const today = new Date(new Date().toISOString().slice(0, 10));
    const open = charges.filter((c) => c.status === "issued");
    expect(new Set(charges.map((c) => c.status))).toEqual(new Set(["draft", "issued", "paid", "void"]));
    expect(open.some((c) => c.paidMinor > 0n)).toBe(true);
    expect(open.some((c) => c.dueDate !== null && c.dueDate < today)).toBe(true);
    expect(open.some((c) => c.dueDate !== null && c.dueDate >= today)).toBe(true);
    expect(charges.filter((c) => c.status === "void").map((c) => c.number === null)).toEqual(expect.arrayContaining([true, false]));
  });

  it("leaves a movement waiting for each approver, one for the controller, and others posted, rejected and cancelled", async () => {
    const inbox = async (email: string) => (await listApprovalInbox(t.db, await actor(demoOrganization.slug, email))).map((m) => m.description);
    const approver = await inbox("approver@closebook.dev");
    const approver2 = await inbox("approver2@closebook.dev");
    const controller = await inbox("controller@closebook.dev");
    expect(approver.filter((d) => !approver2.includes(d))).not.toEqual([]);
    expect(approver2.filter((d) => !approver.includes(d))).not.toEqual([]);
    expect(controller.filter((d) => !approver.includes(d) && !approver2.includes(d))).not.toEqual([]);
    const statuses = await t.db.prisma.movement.groupBy({ by: ["status"], where: { organizationId: await organizationId(demoOrganization.slug) }, _count: true });
    expect(new Set(statuses.map((s) => s.status))).toEqual(new Set(["pending_approval", "posted", "rejected", "cancelled"]));
    expect(await inbox("controller@closebook.dev")).not.toEqual([]);
    expect(await inbox("viewer@closebook.dev")).toEqual([]);
  });

  it("gives each role that acts open tasks or unread notifications", async () => {
    const controller = await actor(demoOrganization.slug, "controller@closebook.dev");
    const clerk = await actor(demoOrganization.slug, "clerk@closebook.dev");
    expect((await listTasks(t.db, controller, { status: "open" })).items.map((task) => task.title)).toEqual(expect.arrayContaining([expect.stringMatching(/^Review large payment MV-/)]));
    expect((await listTasks(t.db, clerk, { status: "open" })).items.map((task) => task.title)).toEqual(expect.arrayContaining([expect.stringMatching(/^Chase overdue charge CH-/)]));
    expect((await listTasks(t.db, clerk, { status: "done" })).items.map((task) => task.title)).toEqual(expect.arrayContaining([expect.stringMatching(/^Revise rejected movement MV-/)]));
    for (const email of ["admin@closebook.dev", "controller@closebook.dev", "approver@closebook.dev", "approver2@closebook.dev", "clerk@closebook.dev"]) {
      const notifications = await listNotifications(t.db, await actor(demoOrganization.slug, email), { limit: 100 });
      expect(notifications.unread, email).toBeGreaterThan(0);
      expect(notifications.items.length, email).toBeGreaterThan(notifications.unread);
    }
  });

  it("keeps Contoso in CHF under approval bands of its own, with a payment waiting for the controller", async () => {
    const admin = await actor(secondDemoOrganization.slug, "admin@closebook.dev");
    const controller = await actor(secondDemoOrganization.slug, "controller@closebook.dev");
    const policy = await getApprovalPolicy(t.db, admin);
    const chf = policy.find((p) => p.currency === "CHF");
    expect(chf?.bands.map((b) => b.upToMinor)).toEqual([2_000_00n, 25_000_00n, null]);
    expect((await listApprovalInbox(t.db, controller)).map((m) => m.currency)).toEqual(["CHF"]);
    // The reviews of the payments the controller has approved are done; the waiting one's is open.
    const reviews = (await listTasks(t.db, controller, { limit: 100 })).items.filter((task) => task.title.startsWith("Review large payment"));
    expect(reviews.filter((task) => task.status === "open")).toHaveLength(1);
    expect(reviews.filter((task) => task.status === "done").length).toBeGreaterThanOrEqual(11);
    const accounts = await t.db.prisma.ledgerAccount.findMany({ where: { organizationId: admin.organizationId, code: { in: ["1010", "4500"] } } });
    expect(accounts.map((a) => a.currency)).toEqual(["CHF", "CHF"]);
  });

  it("imports a camt.053 statement a month for each bank account, the past months' balances the ledger's", async () => {
    const banks = await t.db.prisma.bankAccount.findMany({ include: { ledgerAccount: true }, orderBy: { iban: "asc" } });
    expect(banks).toHaveLength(3);
    for (const bank of banks) {
      const statements = await t.db.prisma.bankStatement.findMany({ where: { bankAccountId: bank.id }, include: { lines: true }, orderBy: { fromDate: "asc" } });
      expect(statements.map((st) => st.format), bank.iban ?? "").toEqual(Array(demoStatementMonths + 1).fill("camt.053"));
      for (const [i, statement] of statements.entries()) {
        // Each adds up, and starts where the one before ended.
        expect(statement.lines.length).toBe(statement.lineCount);
        expect((statement.openingMinor ?? 0n) + statement.lines.reduce((sum, line) => sum + line.amountMinor, 0n)).toBe(statement.closingMinor);
        if (i > 0) expect(statement.openingMinor).toBe(statements[i - 1]?.closingMinor);
        if (i === statements.length - 1) continue;
        // A past month's closing balance is the ledger's at the month's end.
        const [ledger] = await t.db.prisma.$queryRaw<{ balance: bigint }[]>`
          select coalesce(sum(l.debit_minor - l.credit_minor), 0)::bigint as balance from journal_line l join journal_entry e on e.id = l.entry_id
          where l.account_id = ${bank.ledgerAccountId}::uuid and e.effective_date <= ${statement.toDate}`;
        expect(statement.closingMinor, `${bank.iban} ${statement.bankStatementId}`).toBe(ledger?.balance);
        expect(statement.lines.length).toBeGreaterThan(0);
      }
    }
  });

  it("leaves this month's exceptions on Northwind's main account: a fee, a part payment, a payout batch, a line nobody can explain", async () => {
    const bank = await t.db.prisma.bankAccount.findFirstOrThrow({ where: { iban: "DE89370400440532013000" } });
    const current = await t.db.prisma.bankStatement.findFirstOrThrow({ where: { bankAccountId: bank.id }, orderBy: { fromDate: "desc" }, include: { lines: { orderBy: { position: "asc" } } } });
    const texts = current.lines.map((line) => line.remittanceInformation);
    expect(texts).toEqual(expect.arrayContaining(["Account maintenance fee", "SEPA DD MNDT 88213-XJ", expect.stringMatching(/^CH-.* part payment$/)]));
    const batch = current.lines.filter((line) => line.bankReference?.includes("-BATCH/"));
    expect(batch.map((line) => line.amountMinor)).toEqual([1_250_00n, 980_00n, 1_190_00n]);
    expect(new Set(batch.map((line) => line.endToEndId)).size).toBe(3);
  });

  it("adds no line when the same statements are uploaded again", async () => {
    const clerk = await actor(demoOrganization.slug, "clerk@closebook.dev");
    const bank = await t.db.prisma.bankAccount.findFirstOrThrow({ where: { iban: "DE89370400440532013000" } });
    const lines = await t.db.prisma.bankStatementLine.count();
    const files = await demoStatementFiles(t.db, clerk.organizationId, bank.id, new Date(new Date().toISOString().slice(0, 10)));
    await importDemoStatements(t.db, clerk, bank.id, files.slice(0, -1), (run) => run());
    expect(await t.db.prisma.bankStatementLine.count()).toBe(lines);
  });

  it("changes nothing when run again", async () => {
    const before = await tableCounts();
    const again = await seedDemoData(deps);
    expect(again).toEqual({ organizationsCreated: [], usersCreated: 0, useCaseCalls: 0 });
    expect(await tableCounts()).toEqual(before);
  });
});
