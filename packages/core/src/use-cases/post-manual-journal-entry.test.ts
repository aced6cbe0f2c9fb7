import {
  actorFor,
  closePeriod,
  countSideEffects,
  createTestDatabase,
  createTestOrganization,
  expectDelta,
  expectRefused,
  ledgerViolations,
  seedLedger,
  storedBalance,
  type SeededLedger,
  type TestDatabase,
  type TestOrganization,
} from "@closebook/db/testing";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { createAccount } from "./create-account";
import { createCounterparty } from "./create-counterparty";
import { postManualJournalEntry, type PostManualJournalEntryInput } from "./post-manual-journal-entry";

let t: TestDatabase;
let org: TestOrganization;
let books: SeededLedger;

const transfer = (debitAccountId: string, creditAccountId: string, amountMinor: bigint, effectiveDate = "2026-11-02"): PostManualJournalEntryInput => ({
  effectiveDate,
  memo: "Adjustment",
  lines: [
    { accountId: debitAccountId, debitMinor: amountMinor },
    { accountId: creditAccountId, creditMinor: amountMinor },
  ],
});

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 4 });
  org = await createTestOrganization(t.db);
  books = await seedLedger(t.db, org, { createAccount, createCounterparty });
  await postManualJournalEntry(t.db, actorFor(org, "controller"), transfer(books.operatingBank.id, books.equity.id, 1_000_00n));
});
afterAll(async () => {
  expect(await ledgerViolations(t.db, org.organizationId)).toEqual([]);
  await t.destroy();
});

describe("post-manual-journal-entry", () => {
  it("posts a balanced entry with several lines, moves the balances and records one audit event", async () => {
    const [bank, expenses, payable] = await Promise.all([storedBalance(t.db, books.operatingBank.id), storedBalance(t.db, books.expenses.id), storedBalance(t.db, books.payable.id)]);
    const before = await countSideEffects(t.db, org.organizationId);
    const result = await postManualJournalEntry(t.db, actorFor(org, "controller"), {
      effectiveDate: "2026-11-15",
      memo: "Rent, half paid",
      lines: [
        { accountId: books.expenses.id, debitMinor: 1_500_00n, memo: "November rent" },
        { accountId: books.operatingBank.id, creditMinor: 750_00n },
        { accountId: books.payable.id, creditMinor: 750_00n },
      ],
    });
    expect(result.state).toMatchObject({ source: "manual", sourceId: null, memo: "Rent, half paid", effectiveDate: new Date("2026-11-15T00:00:00Z"), fiscalYear: 2026, postedBy: org.member("controller").userId });
    expect(result.state.number).toMatch(/^JE-2026-\d{6}$/);
    expect(result.state.lines.map((l) => [l.lineNo, l.accountCode, l.debitMinor, l.creditMinor, l.currency, l.memo])).toEqual([
      [1, "6000", 1_500_00n, 0n, "EUR", "November rent"],
      [2, "1010", 0n, 750_00n, "EUR", null],
      [3, "2000", 0n, 750_00n, "EUR", null],
    ]);
    expect(result.message).toBe(`Posted ${result.state.number}.`);
    expect(result.triggered).toEqual([`posted ${result.state.number}`]);
    expect(result.warnings).toEqual([]);
    expectDelta(before, await countSideEffects(t.db, org.organizationId), { journalEntries: 1, journalLines: 3, auditEvents: 1 });
    expect(await storedBalance(t.db, books.operatingBank.id)).toBe(bank - 750_00n);
    expect(await storedBalance(t.db, books.expenses.id)).toBe(expenses + 1_500_00n);
    expect(await storedBalance(t.db, books.payable.id)).toBe(payable - 750_00n);
    const [event] = await t.db.read.audit.list({ organizationId: org.organizationId, entityId: result.state.id, limit: 5 });
    expect(event).toMatchObject({ action: "journal_entry.posted", entityType: "journal_entry", actorUserId: org.member("controller").userId });
    expect(event?.after).toMatchObject({ number: result.state.number, source: "manual", effectiveDate: "2026-11-15" });
  });

  it("numbers entries JE-YYYY-NNNNNN, unique and increasing, with the year of the entry's date", async () => {
    const numbers: string[] = [];
    for (const date of ["2026-11-03", "2026-11-01", "2025-12-31", "2026-11-20"]) {
      numbers.push((await postManualJournalEntry(t.db, actorFor(org, "admin"), transfer(books.expenses.id, books.operatingBank.id, 1_00n, date))).state.number);
    }
    expect(numbers.every((n) => /^JE-\d{4}-\d{6}$/.test(n))).toBe(true);
    expect(numbers[2]?.startsWith("JE-2025-")).toBe(true);
    expect(new Set(numbers).size).toBe(4);
    const sequences = numbers.map((n) => Number(n.slice(8)));
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
    expect(new Set(sequences).size).toBe(4);
  });

  it("warns with BELOW_MINIMUM_BALANCE when the entry takes an account below its minimum, and posts it", async () => {
    const { state: reserve } = await createAccount(t.db, actorFor(org, "controller"), {
      code: "1030",
      name: "Reserve with floor",
      type: "asset",
      currency: "EUR",
      isBankAccount: true,
      minimumBalanceMinor: 100_00n,
    });
    const result = await postManualJournalEntry(t.db, actorFor(org, "controller"), transfer(books.expenses.id, reserve.id, 50_00n));
    expect(result.warnings).toEqual([{ code: "BELOW_MINIMUM_BALANCE", message: "Reserve with floor falls below its minimum balance of 100.00 EUR (now -50.00 EUR)." }]);
    expect(await storedBalance(t.db, reserve.id)).toBe(-50_00n);
  });

  it("refuses lines that do not balance with ENTRY_UNBALANCED, saying by how much", async () => {
    const error = await expectRefused(
      t.db,
      org.organizationId,
      () =>
        postManualJournalEntry(t.db, actorFor(org, "controller"), {
          effectiveDate: "2026-11-02",
          memo: "Off by a cent",
          lines: [
            { accountId: books.expenses.id, debitMinor: 100_00n },
            { accountId: books.operatingBank.id, creditMinor: 99_99n },
          ],
        }),
      "ENTRY_UNBALANCED",
    );
    expect(error.message).toBe("The entry does not balance: EUR debits exceed credits by 0.01 EUR.");
  });

  it("refuses an entry that balances in total but not per currency with ENTRY_UNBALANCED", async () => {
    await expectRefused(t.db, org.organizationId, () => postManualJournalEntry(t.db, actorFor(org, "controller"), transfer(books.dollarBank.id, books.equity.id, 10_00n)), "ENTRY_UNBALANCED");
  });

  it("rejects a line with both a debit and a credit, a line with neither, and a single line as invalid input", async () => {
    const before = await countSideEffects(t.db, org.organizationId);
    const both = await postManualJournalEntry(t.db, actorFor(org, "controller"), {
      effectiveDate: "2026-11-02",
      memo: "Both sides",
      lines: [
        { accountId: books.expenses.id, debitMinor: 10_00n, creditMinor: 10_00n },
        { accountId: books.operatingBank.id },
      ],
    }).catch((e: unknown) => e);
    expect(both).toBeInstanceOf(ZodError);
    expect((both as ZodError).issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["lines.0.debitMinor", "Enter a debit or a credit, not both."],
      ["lines.1.debitMinor", "Enter a debit or a credit, not both."],
    ]);
    const single = await postManualJournalEntry(t.db, actorFor(org, "controller"), { effectiveDate: "2026-11-02", memo: "One line", lines: [{ accountId: books.expenses.id, debitMinor: 1n }] }).catch(
      (e: unknown) => e,
    );
    expect((single as ZodError).issues.map((i) => i.path.join("."))).toEqual(["lines"]);
    expect(await countSideEffects(t.db, org.organizationId)).toEqual(before);
  });

  it("refuses a date in a closed period with PERIOD_CLOSED", async () => {
    await closePeriod(t.db, org, "2026-05-01");
    const error = await expectRefused(t.db, org.organizationId, () => postManualJournalEntry(t.db, actorFor(org, "controller"), transfer(books.expenses.id, books.operatingBank.id, 1_00n, "2026-05-31")), "PERIOD_CLOSED");
    expect(error.message).toBe("The period 2026-05 is closed; date the entry in an open period.");
  });

  it("refuses a frozen account with ACCOUNT_FROZEN and a closed one with ACCOUNT_CLOSED, naming the line", async () => {
    const { state: frozen } = await createAccount(t.db, actorFor(org, "controller"), { code: "6900", name: "Frozen costs", type: "expense", currency: "EUR", status: "frozen" });
    const error = await expectRefused(t.db, org.organizationId, () => postManualJournalEntry(t.db, actorFor(org, "controller"), transfer(books.expenses.id, frozen.id, 1_00n)), "ACCOUNT_FROZEN");
    expect(error.details).toMatchObject({ field: "lines.1.accountId", accountId: frozen.id });
    const { state: closed } = await createAccount(t.db, actorFor(org, "controller"), { code: "6901", name: "Closed costs", type: "expense", currency: "EUR", status: "closed" });
    await expectRefused(t.db, org.organizationId, () => postManualJournalEntry(t.db, actorFor(org, "controller"), transfer(closed.id, books.operatingBank.id, 1_00n)), "ACCOUNT_CLOSED");
  });

  it("refuses an unknown account or another organization's with ACCOUNT_NOT_FOUND", async () => {
    await expectRefused(t.db, org.organizationId, () => postManualJournalEntry(t.db, actorFor(org, "controller"), transfer(randomUUID(), books.operatingBank.id, 1_00n)), "ACCOUNT_NOT_FOUND");
    const other = await createTestOrganization(t.db, ["controller"], "Other");
    const { state: theirs } = await createAccount(t.db, actorFor(other, "controller"), { code: "1010", name: "Their bank", type: "asset", currency: "EUR" });
    await expectRefused(t.db, org.organizationId, () => postManualJournalEntry(t.db, actorFor(org, "controller"), transfer(theirs.id, books.operatingBank.id, 1_00n)), "ACCOUNT_NOT_FOUND");
  });

  it.each(["viewer", "clerk", "approver"] as const)("refuses a %s with NOT_PERMITTED", async (role) => {
    await expectRefused(t.db, org.organizationId, () => postManualJournalEntry(t.db, actorFor(org, role), transfer(books.expenses.id, books.operatingBank.id, 1_00n)), "NOT_PERMITTED");
  });

  it("replays a retry with the same key and changes nothing; refuses the key for another entry", async () => {
    const input = transfer(books.expenses.id, books.operatingBank.id, 12_34n);
    const first = await postManualJournalEntry(t.db, actorFor(org, "controller"), input, { idempotencyKey: "je-1" });
    const before = await countSideEffects(t.db, org.organizationId);
    expect(await postManualJournalEntry(t.db, actorFor(org, "controller"), input, { idempotencyKey: "je-1" })).toEqual({ ...first, replayed: true });
    expect(await countSideEffects(t.db, org.organizationId)).toEqual(before);
    await expectRefused(t.db, org.organizationId, () => postManualJournalEntry(t.db, actorFor(org, "controller"), { ...input, memo: "Changed" }, { idempotencyKey: "je-1" }), "IDEMPOTENCY_KEY_REUSED");
  });
});
