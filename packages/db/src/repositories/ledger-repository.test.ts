import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountBalances, createTestDatabase, createTestOrganization, ledgerViolations, type TestDatabase, type TestOrganization } from "../testing";
import type { AccountRecord } from "./account-repository";

/**
 * The database's own guarantees for the journal, independent of the use cases: posted entries
 * and lines cannot be changed or deleted, and an entry whose lines do not balance per currency
 * (or has fewer than two lines) cannot be committed, whoever writes it.
 */
let t: TestDatabase;
let org: TestOrganization;
let bank: AccountRecord;
let equity: AccountRecord;
let dollars: AccountRecord;
let periodId: string;
/** A second organization for the plain-SQL inserts, which bypass balances and audit on purpose. */
let raw: { org: TestOrganization; bank: AccountRecord; equity: AccountRecord; dollars: AccountRecord; periodId: string };

async function account(owner: TestOrganization, code: string, type: AccountRecord["type"], currency = "EUR"): Promise<AccountRecord> {
  const created = await t.db.read.accounts.insertUnlessCodeTaken({
    organizationId: owner.organizationId,
    code,
    name: `Account ${code}`,
    type,
    currency,
    status: "active",
    minimumBalanceMinor: null,
    minimumBalancePolicy: "warn",
    isBankAccount: type === "asset",
  });
  if (!created) throw new Error(`account ${code} exists`);
  return created;
}

function postBalanced(amount: bigint, memo = "balanced") {
  return t.db.transaction(async (tx) => {
    await tx.ledger.lockAccounts(org.organizationId, [bank.id, equity.id]);
    return tx.ledger.insertEntry({
      organizationId: org.organizationId,
      effectiveDate: new Date("2026-03-10T00:00:00Z"),
      periodId,
      memo,
      source: "manual",
      sourceId: null,
      reversesEntryId: null,
      postedBy: org.member("controller").userId,
      requestId: "req-db-test",
      numberFormat: { prefix: "JE-2026-", width: 6 },
      lines: [
        { accountId: bank.id, currency: "EUR", debitMinor: amount, creditMinor: 0n },
        { accountId: equity.id, currency: "EUR", debitMinor: 0n, creditMinor: amount },
      ],
    });
  });
}

/** Inserts an entry and its lines with plain SQL in one transaction, bypassing the repository. */
async function insertRaw(lines: { accountId: string; currency: string; debit: bigint; credit: bigint }[]): Promise<string> {
  const entryId = randomUUID();
  const { org } = raw;
  await t.db.prisma.$transaction(async (tx) => {
    const [{ seq } = { seq: 0n }] = await tx.$queryRaw<{ seq: bigint }[]>`select nextval('journal_entry_number_seq') as seq`;
    await tx.$executeRaw`
      insert into journal_entry (id, organization_id, number, fiscal_year, sequence, effective_date, period_id, memo, source, posted_by, request_id)
      values (${entryId}::uuid, ${org.organizationId}, ${`JE-2026-${seq.toString().padStart(6, "0")}`}, 2026, ${seq}, '2026-03-11'::date, ${raw.periodId}::uuid,
        'raw insert', 'manual'::entry_source, ${org.member("controller").userId}, 'req-raw')`;
    for (const [index, line] of lines.entries()) {
      await tx.$executeRaw`
        insert into journal_line (id, entry_id, organization_id, line_no, account_id, currency, debit_minor, credit_minor)
        values (gen_random_uuid(), ${entryId}::uuid, ${org.organizationId}, ${index + 1}, ${line.accountId}::uuid, ${line.currency}, ${line.debit}, ${line.credit})`;
    }
  });
  return entryId;
}

async function errorOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, "the database accepted it").toBeInstanceOf(Error);
  return String((error as Error).message);
}

const entryCount = () => t.db.prisma.journalEntry.count({ where: { organizationId: { in: [org.organizationId, raw.org.organizationId] } } });
const lineCount = () => t.db.prisma.journalLine.count({ where: { organizationId: { in: [org.organizationId, raw.org.organizationId] } } });

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 6 });
  org = await createTestOrganization(t.db, ["controller"]);
  bank = await account(org, "1010", "asset");
  equity = await account(org, "3000", "equity");
  dollars = await account(org, "1090", "asset", "USD");
  periodId = (await t.db.read.ledger.ensurePeriod(org.organizationId, new Date("2026-03-10T00:00:00Z"))).id;
  const rawOrg = await createTestOrganization(t.db, ["controller"], "Raw SQL Org");
  raw = {
    org: rawOrg,
    bank: await account(rawOrg, "1010", "asset"),
    equity: await account(rawOrg, "3000", "equity"),
    dollars: await account(rawOrg, "1090", "asset", "USD"),
    periodId: (await t.db.read.ledger.ensurePeriod(rawOrg.organizationId, new Date("2026-03-10T00:00:00Z"))).id,
  };
});
afterAll(() => t.destroy());

describe("journal immutability (enforced by triggers)", () => {
  it("refuses UPDATE and DELETE of a posted entry and of its lines, leaving them as they were", async () => {
    const { id } = await postBalanced(100_00n);
    const before = await t.db.read.ledger.findEntry(org.organizationId, id);
    expect(before?.lines).toHaveLength(2);

    expect(await errorOf(t.db.prisma.$executeRaw`update journal_entry set memo = 'tampered' where id = ${id}::uuid`)).toMatch(/immutable once posted \(UPDATE on journal_entry\)/);
    expect(await errorOf(t.db.prisma.$executeRaw`delete from journal_entry where id = ${id}::uuid`)).toMatch(/immutable once posted \(DELETE on journal_entry\)/);
    expect(await errorOf(t.db.prisma.$executeRaw`update journal_line set debit_minor = debit_minor + 1 where entry_id = ${id}::uuid`)).toMatch(
      /immutable once posted \(UPDATE on journal_line\)/,
    );
    expect(await errorOf(t.db.prisma.$executeRaw`delete from journal_line where entry_id = ${id}::uuid`)).toMatch(/immutable once posted \(DELETE on journal_line\)/);
    // Through Prisma too.
    await errorOf(t.db.prisma.journalEntry.update({ where: { id }, data: { memo: "tampered" } }));
    await errorOf(t.db.prisma.journalLine.deleteMany({ where: { entryId: id } }));

    expect(await t.db.read.ledger.findEntry(org.organizationId, id)).toEqual(before);
  });
});

describe("balanced entries (enforced by a deferred constraint trigger at commit)", () => {
  it("accepts a balanced entry written with plain SQL", async () => {
    const entries = await entryCount();
    await insertRaw([
      { accountId: raw.bank.id, currency: "EUR", debit: 5_00n, credit: 0n },
      { accountId: raw.equity.id, currency: "EUR", debit: 0n, credit: 5_00n },
    ]);
    expect(await entryCount()).toBe(entries + 1);
  });

  it("refuses an unbalanced entry inserted directly: nothing is committed", async () => {
    const [entries, lines] = [await entryCount(), await lineCount()];
    const message = await errorOf(
      insertRaw([
        { accountId: raw.bank.id, currency: "EUR", debit: 100_00n, credit: 0n },
        { accountId: raw.equity.id, currency: "EUR", debit: 0n, credit: 99_99n },
      ]),
    );
    expect(message).toMatch(/does not balance in EUR/);
    expect([await entryCount(), await lineCount()]).toEqual([entries, lines]);
  });

  it("refuses an entry that balances in total but not per currency", async () => {
    const entries = await entryCount();
    const message = await errorOf(
      insertRaw([
        { accountId: raw.dollars.id, currency: "USD", debit: 100_00n, credit: 0n },
        { accountId: raw.equity.id, currency: "EUR", debit: 0n, credit: 100_00n },
      ]),
    );
    expect(message).toMatch(/does not balance in (EUR, USD|USD, EUR)/);
    expect(await entryCount()).toBe(entries);
  });

  it("refuses an entry with a single line", async () => {
    const entries = await entryCount();
    expect(await errorOf(insertRaw([{ accountId: raw.bank.id, currency: "EUR", debit: 1n, credit: 0n }]))).toMatch(/fewer than two lines/);
    expect(await entryCount()).toBe(entries);
  });

  it("refuses a line with both a debit and a credit, or with neither", async () => {
    const entries = await entryCount();
    expect(
      await errorOf(
        insertRaw([
          { accountId: raw.bank.id, currency: "EUR", debit: 10n, credit: 10n },
          { accountId: raw.equity.id, currency: "EUR", debit: 0n, credit: 0n },
        ]),
      ),
    ).toMatch(/journal_line_one_side/);
    expect(await entryCount()).toBe(entries);
  });

  it("refuses an unbalanced entry through the repository as well", async () => {
    const entries = await entryCount();
    const message = await errorOf(
      t.db.transaction((tx) =>
        tx.ledger.insertEntry({
          organizationId: org.organizationId,
          effectiveDate: new Date("2026-03-10T00:00:00Z"),
          periodId,
          memo: "unbalanced",
          source: "manual",
          sourceId: null,
          reversesEntryId: null,
          postedBy: org.member("controller").userId,
          requestId: "req",
          numberFormat: { prefix: "JE-2026-", width: 6 },
          lines: [
            { accountId: bank.id, currency: "EUR", debitMinor: 7n, creditMinor: 0n },
            { accountId: equity.id, currency: "EUR", debitMinor: 0n, creditMinor: 6n },
          ],
        }),
      ),
    );
    expect(message).toMatch(/does not balance/);
    expect(await entryCount()).toBe(entries);
    expect((await accountBalances(t.db, org.organizationId)).every((a) => a.stored === a.fromLines)).toBe(true);
  });

  it("refuses an entry header without any line", async () => {
    const entries = await entryCount();
    expect(await errorOf(insertRaw([]))).toMatch(/fewer than two lines/);
    expect(await entryCount()).toBe(entries);
  });
});

describe("ledger repository", () => {
  it("locks accounts in ascending id order and returns them in that order", async () => {
    const locked = await t.db.transaction((tx) => tx.ledger.lockAccounts(org.organizationId, [dollars.id, equity.id, bank.id, equity.id]));
    expect(locked.map((a) => a.id)).toEqual([bank.id, equity.id, dollars.id].sort());
  });

  it("does not lock or return another organization's accounts", async () => {
    const other = await createTestOrganization(t.db, ["controller"], "Other");
    expect(await t.db.transaction((tx) => tx.ledger.lockAccounts(other.organizationId, [bank.id]))).toEqual([]);
  });

  it("gives gapless document numbers: a rolled-back transaction gives its number back", async () => {
    const next = () => t.db.transaction((tx) => tx.charges.nextDocumentNumber(org.organizationId, "charge", 2031));
    expect(await next()).toBe(1);
    await errorOf(
      t.db.transaction(async (tx) => {
        expect(await tx.charges.nextDocumentNumber(org.organizationId, "charge", 2031)).toBe(2);
        throw new Error("roll back");
      }),
    );
    expect(await next()).toBe(2);
    expect(await t.db.transaction((tx) => tx.charges.nextDocumentNumber(org.organizationId, "charge", 2032))).toBe(1);
  });

  it("keeps stored balances equal to the sum of the lines", async () => {
    await postBalanced(3_33n);
    const balances = await accountBalances(t.db, org.organizationId);
    expect(balances.find((a) => a.id === bank.id)?.stored).toBeGreaterThan(0n);
    expect(balances.filter((a) => a.stored !== a.fromLines)).toEqual([]);
  });

  it("makes closing a period wait for a posting that already found it open", async () => {
    const march2030 = new Date("2030-03-05T00:00:00Z");
    await t.db.read.ledger.ensurePeriod(org.organizationId, march2030);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let sawOpen!: () => void;
    const opened = new Promise<void>((resolve) => (sawOpen = resolve));
    const posting = t.db.transaction(async (tx) => {
      const period = await tx.ledger.ensurePeriod(org.organizationId, march2030);
      expect(period.status).toBe("open");
      sawOpen();
      await gate;
      await tx.ledger.lockAccounts(org.organizationId, [bank.id, equity.id]);
      return tx.ledger.insertEntry({
        organizationId: org.organizationId,
        effectiveDate: march2030,
        periodId: period.id,
        memo: "in flight while the period closes",
        source: "manual",
        sourceId: null,
        reversesEntryId: null,
        postedBy: org.member("controller").userId,
        requestId: "req-race",
        numberFormat: { prefix: "JE-2030-", width: 6 },
        lines: [
          { accountId: bank.id, currency: "EUR", debitMinor: 1_00n, creditMinor: 0n },
          { accountId: equity.id, currency: "EUR", debitMinor: 0n, creditMinor: 1_00n },
        ],
      });
    });
    await opened;
    let closed = false;
    const closing = t.db.read.ledger.setPeriodStatus(org.organizationId, 2030, 3, "closed", org.member("controller").userId).then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(closed, "the period closed under a posting that had found it open").toBe(false);
    release();
    await posting;
    await closing;
    const violations = await ledgerViolations(t.db, org.organizationId);
    expect(violations.filter((v) => v.includes("period"))).toEqual([]);
    expect((await t.db.read.ledger.ensurePeriod(org.organizationId, march2030)).status).toBe("closed");
  });
});
