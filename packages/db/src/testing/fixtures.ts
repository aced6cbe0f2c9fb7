import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import type { Database } from "../database";
import type { AccountRecord, AccountType } from "../repositories/account-repository";
import type { CounterpartyRecord } from "../repositories/counterparty-repository";
import type { NotificationRecord } from "../repositories/notification-repository";
import type { TaskRecord } from "../repositories/task-repository";

export const memberRoles = ["viewer", "clerk", "approver", "controller", "admin"] as const;
export type MemberRole = (typeof memberRoles)[number];

export interface TestMember {
  userId: string;
  role: MemberRole;
  email: string;
}

export interface TestOrganization {
  organizationId: string;
  members: TestMember[];
  /** The first member holding `role`. */
  member(role: MemberRole): TestMember;
}

/**
 * An organization with one member per requested role (users without passwords: contract tests
 * act as them directly; sign-in is tested through better-auth).
 */
export async function createTestOrganization(
  db: Database,
  roles: readonly MemberRole[] = memberRoles,
  name = "Test Org",
): Promise<TestOrganization> {
  const organizationId = randomUUID();
  await db.prisma.organization.create({ data: { id: organizationId, name, slug: `test-${organizationId.slice(0, 8)}` } });
  const members: TestMember[] = [];
  for (const [index, role] of roles.entries()) {
    const userId = randomUUID();
    const email = `${role}-${index}-${userId.slice(0, 6)}@example.test`;
    await db.prisma.user.create({ data: { id: userId, name: `${role} ${index}`, email, emailVerified: true } });
    await db.prisma.member.create({ data: { id: randomUUID(), organizationId, userId, role } });
    members.push({ userId, role, email });
  }
  return {
    organizationId,
    members,
    member(role) {
      const found = members.find((m) => m.role === role);
      if (!found) throw new Error(`No ${role} in the test organization`);
      return found;
    },
  };
}

/** Row counts of the tables side effects land in, to prove "exactly once" and "nothing written". */
export async function countRows(db: Database, organizationId: string) {
  const [accounts, auditEvents, idempotencyRecords] = await Promise.all([
    db.prisma.ledgerAccount.count({ where: { organizationId } }),
    db.prisma.auditEvent.count({ where: { organizationId } }),
    db.prisma.idempotencyRecord.count({ where: { organizationId } }),
  ]);
  return { accounts, auditEvents, idempotencyRecords };
}

/** The actor a contract test acts as: a member of the organization in one role (shaped like core's Actor). */
export interface TestActor {
  userId: string;
  organizationId: string;
  role: MemberRole;
  requestId: string;
}

/** Acts as the organization's first member holding `role` (or as `member` when given). */
export function actorFor(org: TestOrganization, role: MemberRole, member: TestMember = org.member(role)): TestActor {
  return { userId: member.userId, organizationId: org.organizationId, role, requestId: `req-${role}-${randomUUID().slice(0, 8)}` };
}

/** The members holding `role`, as actors. */
export function actorsFor(org: TestOrganization, role: MemberRole): TestActor[] {
  return org.members.filter((m) => m.role === role).map((m) => actorFor(org, role, m));
}

/**
 * Awaits `promise` and asserts it fails with a use case's DomainError of `code` (matched by shape:
 * packages/db cannot import packages/core). Returns the error for further checks.
 */
export async function expectFailure(promise: Promise<unknown>, code: string): Promise<Error & { code: string; details: Record<string, unknown> }> {
  const error: unknown = await promise.then(
    (value: unknown) => ({ resolvedWith: value }),
    (e: unknown) => e,
  );
  expect(error, `expected a DomainError ${code}`).toBeInstanceOf(Error);
  expect(error).toMatchObject({ name: "DomainError", code });
  return error as Error & { code: string; details: Record<string, unknown> };
}

/**
 * Everything a use case can write for an organization, as counts (and a fingerprint of the
 * account balances): compare before and after to prove "exactly once" and "nothing written".
 */
export interface SideEffectCounts {
  accounts: number;
  counterparties: number;
  periods: number;
  journalEntries: number;
  journalLines: number;
  auditEvents: number;
  notifications: number;
  tasks: number;
  /** Queued graphile-worker jobs of the organization (by payload organizationId or notificationId; the graphile_worker.jobs view has no payload). */
  jobs: number;
  movements: number;
  approvals: number;
  charges: number;
  payments: number;
  creditNotes: number;
  approvalBands: number;
  idempotencyRecords: number;
  /** Memberships (better-auth's member rows) and invitations of the organization. */
  members: number;
  invitations: number;
  /** Sum of the organization's document counters: a number handed out and rolled back leaves it unchanged. */
  documentNumbers: number;
  /** "code=balance" of every account, ordered by code. */
  balances: string;
}

export async function countSideEffects(db: Database, organizationId: string): Promise<SideEffectCounts> {
  const [row] = await db.prisma.$queryRaw<SideEffectCounts[]>`
    select
      (select count(*) from ledger_account where organization_id = ${organizationId})::int as "accounts",
      (select count(*) from counterparty where organization_id = ${organizationId})::int as "counterparties",
      (select count(*) from accounting_period where organization_id = ${organizationId})::int as "periods",
      (select count(*) from journal_entry where organization_id = ${organizationId})::int as "journalEntries",
      (select count(*) from journal_line where organization_id = ${organizationId})::int as "journalLines",
      (select count(*) from audit_event where organization_id = ${organizationId})::int as "auditEvents",
      (select count(*) from notification where organization_id = ${organizationId})::int as "notifications",
      (select count(*) from task where organization_id = ${organizationId})::int as "tasks",
      (select count(*) from graphile_worker._private_jobs j
        where j.payload->>'organizationId' = ${organizationId}
           or j.payload->>'notificationId' in (select id::text from notification where organization_id = ${organizationId}))::int as "jobs",
      (select count(*) from movement where organization_id = ${organizationId})::int as "movements",
      (select count(*) from movement_approval where organization_id = ${organizationId})::int as "approvals",
      (select count(*) from charge where organization_id = ${organizationId})::int as "charges",
      (select count(*) from charge_payment where organization_id = ${organizationId})::int as "payments",
      (select count(*) from credit_note where organization_id = ${organizationId})::int as "creditNotes",
      (select count(*) from approval_band where organization_id = ${organizationId})::int as "approvalBands",
      (select count(*) from idempotency_record where organization_id = ${organizationId})::int as "idempotencyRecords",
      (select count(*) from member where "organizationId" = ${organizationId})::int as "members",
      (select count(*) from invitation where "organizationId" = ${organizationId})::int as "invitations",
      (select coalesce(sum(last_number), 0) from document_counter where organization_id = ${organizationId})::int as "documentNumbers",
      (select coalesce(string_agg(code || '=' || balance_minor::text, ',' order by code), '') from ledger_account where organization_id = ${organizationId}) as "balances"`;
  if (!row) throw new Error("countSideEffects returned no row");
  return row;
}

/**
 * Row counts of the tables an organization-level change lands in, over the whole database: for
 * use cases that create an organization, where there is no organization to count in beforehand.
 */
export async function countAllRows(db: Database) {
  const [row] = await db.prisma.$queryRaw<Record<"organizations" | "members" | "invitations" | "accounts" | "auditEvents" | "idempotencyRecords" | "sessions", number>[]>`
    select
      (select count(*) from organization)::int as "organizations",
      (select count(*) from member)::int as "members",
      (select count(*) from invitation)::int as "invitations",
      (select count(*) from ledger_account)::int as "accounts",
      (select count(*) from audit_event)::int as "auditEvents",
      (select count(*) from idempotency_record)::int as "idempotencyRecords",
      (select count(*) from session where "activeOrganizationId" is not null)::int as "sessions"`;
  if (!row) throw new Error("countAllRows returned no row");
  return row;
}

/** Runs `call`, asserts it fails with the DomainError `code` and that no row was written anywhere (see countAllRows). */
export async function expectRefusedEverywhere(db: Database, call: () => Promise<unknown>, code: string): Promise<Error & { code: string; details: Record<string, unknown> }> {
  const before = await countAllRows(db);
  const error = await expectFailure(call(), code);
  expect(await countAllRows(db)).toEqual(before);
  return error;
}

/** after − before for each count (the balances fingerprint left out). */
export function sideEffectDelta(before: SideEffectCounts, after: SideEffectCounts): Omit<SideEffectCounts, "balances"> {
  const { balances: _b, ...b } = before;
  const { balances: _a, ...a } = after;
  return Object.fromEntries(Object.entries(a).map(([key, value]) => [key, value - b[key as keyof typeof b]])) as Omit<SideEffectCounts, "balances">;
}

/** Only the named counts changed, by the given amounts; every other count (and no balance unless `balancesChange`) stayed. */
export function expectDelta(before: SideEffectCounts, after: SideEffectCounts, changes: Partial<Omit<SideEffectCounts, "balances">>, options: { balancesChange?: boolean } = {}): void {
  const delta = sideEffectDelta(before, after);
  const expected = Object.fromEntries(Object.keys(delta).map((key) => [key, changes[key as keyof typeof changes] ?? 0]));
  expect(delta).toEqual(expected);
  if (options.balancesChange === false || (options.balancesChange === undefined && !("journalLines" in changes))) expect(after.balances).toBe(before.balances);
}

/**
 * Runs `call`, asserts it fails with the DomainError `code`, and that nothing at all was written
 * for the organization (every count and every balance as before).
 */
export async function expectRefused(db: Database, organizationId: string, call: () => Promise<unknown>, code: string): Promise<Error & { code: string; details: Record<string, unknown> }> {
  const before = await countSideEffects(db, organizationId);
  const error = await expectFailure(call(), code);
  expect(await countSideEffects(db, organizationId)).toEqual(before);
  return error;
}

/** The debits minus credits of the account's journal lines, computed from the lines themselves. */
export async function sumOfLines(db: Database, accountId: string): Promise<bigint> {
  const [row] = await db.prisma.$queryRaw<{ sum: bigint }[]>`
    select coalesce(sum(debit_minor - credit_minor), 0)::bigint as sum from journal_line where account_id = ${accountId}::uuid`;
  return row?.sum ?? 0n;
}

/** The account's stored balance (ledger_account.balance_minor). */
export async function storedBalance(db: Database, accountId: string): Promise<bigint> {
  const account = await db.prisma.ledgerAccount.findUniqueOrThrow({ where: { id: accountId }, select: { balanceMinor: true } });
  return account.balanceMinor;
}

// ---------------------------------------------------------------------------------------------
// A realistic chart of accounts, made through the use cases (passed in: packages/db cannot import
// packages/core, which depends on it).
// ---------------------------------------------------------------------------------------------

export interface SeedAccountInput {
  code: string;
  name: string;
  type: AccountType;
  currency: string;
  status?: "active" | "frozen" | "closed";
  isBankAccount?: boolean;
  minimumBalanceMinor?: bigint | null;
  minimumBalancePolicy?: "warn" | "block";
}

export interface SeedUseCases {
  createAccount(db: Database, actor: TestActor, input: SeedAccountInput): Promise<{ state: AccountRecord }>;
  createCounterparty(db: Database, actor: TestActor, input: { kind: "customer" | "vendor"; name: string; email?: string | null }): Promise<{ state: CounterpartyRecord }>;
}

export interface SeededLedger {
  /** 1010 Operating bank (EUR, no minimum). */
  operatingBank: AccountRecord;
  /** 1020 Reserve bank (EUR, no minimum). */
  reserveBank: AccountRecord;
  /** 1090 Dollar bank (USD). */
  dollarBank: AccountRecord;
  /** 1200 Accounts receivable. */
  receivable: AccountRecord;
  /** 2000 Accounts payable. */
  payable: AccountRecord;
  /** 3000 Owner's equity: the other side of funding entries. */
  equity: AccountRecord;
  /** 4000 Sales revenue. */
  revenue: AccountRecord;
  /** 6000 Operating expenses. */
  expenses: AccountRecord;
  customer: CounterpartyRecord;
  vendor: CounterpartyRecord;
}

/** Opens a small EUR chart of accounts (plus a USD bank) and one customer and one vendor, as the organization's controller. */
export async function seedLedger(db: Database, org: TestOrganization, useCases: SeedUseCases): Promise<SeededLedger> {
  const controller = actorFor(org, "controller");
  const open = async (input: SeedAccountInput) => (await useCases.createAccount(db, controller, input)).state;
  const operatingBank = await open({ code: "1010", name: "Operating bank", type: "asset", currency: "EUR", isBankAccount: true });
  const reserveBank = await open({ code: "1020", name: "Reserve bank", type: "asset", currency: "EUR", isBankAccount: true });
  const dollarBank = await open({ code: "1090", name: "Dollar bank", type: "asset", currency: "USD", isBankAccount: true });
  const receivable = await open({ code: "1200", name: "Accounts receivable", type: "asset", currency: "EUR" });
  const payable = await open({ code: "2000", name: "Accounts payable", type: "liability", currency: "EUR" });
  const equity = await open({ code: "3000", name: "Owner's equity", type: "equity", currency: "EUR" });
  const revenue = await open({ code: "4000", name: "Sales revenue", type: "revenue", currency: "EUR" });
  const expenses = await open({ code: "6000", name: "Operating expenses", type: "expense", currency: "EUR" });
  const customer = (await useCases.createCounterparty(db, controller, { kind: "customer", name: "Acme Retail", email: "ap@acme.example" })).state;
  const vendor = (await useCases.createCounterparty(db, controller, { kind: "vendor", name: "Paper Supplies Ltd", email: "billing@paper.example" })).state;
  return { operatingBank, reserveBank, dollarBank, receivable, payable, equity, revenue, expenses, customer, vendor };
}

export interface PostEntryUseCase {
  (
    db: Database,
    actor: TestActor,
    input: { effectiveDate: string | Date; memo: string; lines: { accountId: string; debitMinor?: bigint; creditMinor?: bigint }[] },
  ): Promise<{ state: { id: string; number: string } }>;
}

/** Puts money in an account with a manual entry (DR account / CR `from`, e.g. equity), as the controller. */
export async function fundAccount(
  db: Database,
  org: TestOrganization,
  postManualJournalEntry: PostEntryUseCase,
  input: { accountId: string; fromAccountId: string; amountMinor: bigint; effectiveDate?: string | Date },
): Promise<{ id: string; number: string }> {
  const result = await postManualJournalEntry(db, actorFor(org, "controller"), {
    effectiveDate: input.effectiveDate ?? todayUtc(),
    memo: "Opening funds",
    lines: [
      { accountId: input.accountId, debitMinor: input.amountMinor },
      { accountId: input.fromAccountId, creditMinor: input.amountMinor },
    ],
  });
  return result.state;
}

function todayUtc(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

function yearMonth(when: Date | string): { year: number; month: number } {
  const date = typeof when === "string" ? new Date(`${when.slice(0, 10)}T00:00:00.000Z`) : when;
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1 };
}

/** Closes the accounting period (month) holding `when`, creating it first when it was never used. */
export async function closePeriod(db: Database, org: TestOrganization, when: Date | string): Promise<void> {
  const { year, month } = yearMonth(when);
  await db.read.ledger.ensurePeriod(org.organizationId, new Date(Date.UTC(year, month - 1, 1)));
  await db.read.ledger.setPeriodStatus(org.organizationId, year, month, "closed", org.member("controller").userId);
}

/** Reopens the accounting period holding `when`. */
export async function reopenPeriod(db: Database, org: TestOrganization, when: Date | string): Promise<void> {
  const { year, month } = yearMonth(when);
  await db.read.ledger.ensurePeriod(org.organizationId, new Date(Date.UTC(year, month - 1, 1)));
  await db.read.ledger.setPeriodStatus(org.organizationId, year, month, "open", org.member("controller").userId);
}

// ---------------------------------------------------------------------------------------------
// Lookups the contract tests need beyond the repositories' reads (core tests use no Prisma).
// ---------------------------------------------------------------------------------------------

/** The organization's notifications about one entity (e.g. a movement), oldest first. */
export function notificationsAbout(db: Database, organizationId: string, entityId: string): Promise<NotificationRecord[]> {
  return db.prisma.notification.findMany({ where: { organizationId, entityId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}

/** The organization's tasks about one entity, oldest first. */
export function tasksAbout(db: Database, organizationId: string, entityId: string): Promise<TaskRecord[]> {
  return db.prisma.task.findMany({ where: { organizationId, entityId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
}

/** How many entries reverse the given entry (the unique index allows at most one). */
export function reversalsOf(db: Database, entryId: string): Promise<number> {
  return db.prisma.journalEntry.count({ where: { reversesEntryId: entryId } });
}

/** Waits until `count` sessions of this database wait on a lock (or the time runs out); returns how many do. */
export async function waitForLockWaiters(db: Database, count = 1, timeoutMs = 3_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [row] = await db.prisma.$queryRaw<{ waiting: number }[]>`
      select count(*)::int as waiting from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`;
    const waiting = row?.waiting ?? 0;
    if (waiting >= count || Date.now() > deadline) return waiting;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Tries to take the row lock a posting takes on an account (FOR NO KEY UPDATE) without waiting:
 * "free", or the error when another transaction holds it.
 */
export async function tryLockAccountNowait(db: Database, accountId: string): Promise<string> {
  return db.prisma
    .$transaction(async (tx) => tx.$queryRaw`select id from ledger_account where id = ${accountId}::uuid for no key update nowait`)
    .then(
      () => "free",
      (e: unknown) => String(e),
    );
}
