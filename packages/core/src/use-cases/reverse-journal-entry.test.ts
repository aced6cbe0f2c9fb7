import {
  actorFor,
  closePeriod,
  countSideEffects,
  createTestDatabase,
  createTestOrganization,
  expectDelta,
  expectRefused,
  fundAccount,
  ledgerViolations,
  reversalsOf,
  seedLedger,
  storedBalance,
  type SeededLedger,
  type TestDatabase,
  type TestOrganization,
} from "@closebook/db/testing";
import type { DomainError } from "../errors";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { today } from "../shared/dates";
import { approveMovement } from "./approve-movement";
import { createAccount } from "./create-account";
import { createCharge } from "./create-charge";
import { createCounterparty } from "./create-counterparty";
import { issueCharge } from "./issue-charge";
import { postManualJournalEntry } from "./post-manual-journal-entry";
import { recordChargePayment } from "./record-charge-payment";
import { requestMovement } from "./request-movement";
import { reverseJournalEntry } from "./reverse-journal-entry";

let t: TestDatabase;
let org: TestOrganization;
let books: SeededLedger;

async function manual(amountMinor: bigint) {
  const { state } = await postManualJournalEntry(t.db, actorFor(org, "controller"), {
    effectiveDate: today(),
    memo: "Accrual",
    lines: [
      { accountId: books.expenses.id, debitMinor: amountMinor, memo: "costs" },
      { accountId: books.payable.id, creditMinor: amountMinor },
    ],
  });
  return state;
}

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 4 });
  org = await createTestOrganization(t.db);
  books = await seedLedger(t.db, org, { createAccount, createCounterparty });
  await fundAccount(t.db, org, postManualJournalEntry, { accountId: books.operatingBank.id, fromAccountId: books.equity.id, amountMinor: 10_000_00n });
});
afterAll(async () => {
  expect(await ledgerViolations(t.db, org.organizationId)).toEqual([]);
  await t.destroy();
});

describe("reverse-journal-entry", () => {
  it("posts the mirror image of a manual entry, linked to it, and restores the balances", async () => {
    const [expenses, payable] = [await storedBalance(t.db, books.expenses.id), await storedBalance(t.db, books.payable.id)];
    const original = await manual(300_00n);
    const before = await countSideEffects(t.db, org.organizationId);
    const result = await reverseJournalEntry(t.db, actorFor(org, "controller"), { entryId: original.id, reason: "Booked twice" });
    expect(result.state).toMatchObject({ source: "reversal", sourceId: original.id, reversesEntryId: original.id, memo: `Reversal of ${original.number}: Booked twice`, effectiveDate: today() });
    expect(result.state.lines.map((l) => [l.accountId, l.debitMinor, l.creditMinor, l.memo])).toEqual([
      [books.expenses.id, 0n, 300_00n, "costs"],
      [books.payable.id, 300_00n, 0n, null],
    ]);
    expect(result.message).toBe(`Reversed ${original.number} with ${result.state.number}.`);
    expect(result.triggered).toEqual([`posted ${result.state.number}`]);
    expectDelta(before, await countSideEffects(t.db, org.organizationId), { journalEntries: 1, journalLines: 2, auditEvents: 1 });
    expect(await storedBalance(t.db, books.expenses.id)).toBe(expenses);
    expect(await storedBalance(t.db, books.payable.id)).toBe(payable);
    expect((await t.db.read.ledger.findEntry(org.organizationId, original.id))?.reversedByEntryId).toBe(result.state.id);
  });

  it("refuses a second reversal with ENTRY_ALREADY_REVERSED naming the reversal", async () => {
    const original = await manual(10_00n);
    const reversal = await reverseJournalEntry(t.db, actorFor(org, "controller"), { entryId: original.id, reason: "Wrong" });
    const error = await expectRefused(t.db, org.organizationId, () => reverseJournalEntry(t.db, actorFor(org, "admin"), { entryId: original.id, reason: "Wrong again" }), "ENTRY_ALREADY_REVERSED");
    expect(error.message).toBe(`${original.number} was already reversed by ${reversal.state.number}.`);
  });

  it("can reverse a reversal (re-instating the original)", async () => {
    const original = await manual(20_00n);
    const reversal = await reverseJournalEntry(t.db, actorFor(org, "controller"), { entryId: original.id, reason: "Oops" });
    const again = await reverseJournalEntry(t.db, actorFor(org, "controller"), { entryId: reversal.state.id, reason: "It was right" });
    expect(again.state.lines.map((l) => [l.accountId, l.debitMinor, l.creditMinor])).toEqual(original.lines.map((l) => [l.accountId, l.debitMinor, l.creditMinor]));
  });

  it("refuses entries posted by charges and movements with ENTRY_NOT_REVERSIBLE", async () => {
    const { state: draft } = await createCharge(t.db, actorFor(org, "clerk"), {
      customerId: books.customer.id,
      description: "Training",
      currency: "EUR",
      amountMinor: 500_00n,
      receivableAccountId: books.receivable.id,
      revenueAccountId: books.revenue.id,
    });
    const issued = await issueCharge(t.db, actorFor(org, "clerk"), { chargeId: draft.id });
    const paid = await recordChargePayment(t.db, actorFor(org, "clerk"), { chargeId: draft.id, reference: "REV-PAY-1", amountMinor: 100_00n, bankAccountId: books.operatingBank.id });
    const { state: movement } = await requestMovement(t.db, actorFor(org, "clerk"), {
      kind: "transfer",
      description: "Reserve",
      amountMinor: 100_00n,
      sourceAccountId: books.operatingBank.id,
      destinationAccountId: books.reserveBank.id,
    });
    const posted = await approveMovement(t.db, actorFor(org, "approver"), { movementId: movement.id });
    const entries = [
      [issued.state.issuedEntryId, "charge issued"],
      [paid.state.payment.entryId, "charge payment"],
      [posted.state.entryId, "movement"],
    ] as const;
    for (const [entryId, source] of entries) {
      const error = (await expectRefused(t.db, org.organizationId, () => reverseJournalEntry(t.db, actorFor(org, "controller"), { entryId: entryId ?? "", reason: "Try" }), "ENTRY_NOT_REVERSIBLE")) as DomainError;
      expect(error.message).toMatch(new RegExp(`was posted by a ${source}: correct it through that workflow\\.$`));
    }
  });

  it("refuses a reversal dated in a closed period with PERIOD_CLOSED", async () => {
    const original = await manual(10_00n);
    await closePeriod(t.db, org, "2026-06-01");
    await expectRefused(t.db, org.organizationId, () => reverseJournalEntry(t.db, actorFor(org, "controller"), { entryId: original.id, reason: "Backdated", effectiveDate: "2026-06-30" }), "PERIOD_CLOSED");
  });

  it("refuses unknown entries and another organization's with ENTRY_NOT_FOUND", async () => {
    await expectRefused(t.db, org.organizationId, () => reverseJournalEntry(t.db, actorFor(org, "controller"), { entryId: randomUUID(), reason: "Gone" }), "ENTRY_NOT_FOUND");
    const other = await createTestOrganization(t.db, ["controller"], "Other");
    const original = await manual(10_00n);
    await expectRefused(t.db, org.organizationId, () => reverseJournalEntry(t.db, actorFor(other, "controller"), { entryId: original.id, reason: "Not mine" }), "ENTRY_NOT_FOUND");
  });

  it.each(["viewer", "clerk", "approver"] as const)("refuses a %s with NOT_PERMITTED", async (role) => {
    const original = await manual(10_00n);
    await expectRefused(t.db, org.organizationId, () => reverseJournalEntry(t.db, actorFor(org, role), { entryId: original.id, reason: "Nope" }), "NOT_PERMITTED");
  });

  it("reverses once when two reversals race: the other gets ENTRY_ALREADY_REVERSED", async () => {
    for (let round = 0; round < 3; round++) {
      const original = await manual(1_00n);
      const settled = await Promise.allSettled([
        reverseJournalEntry(t.db, actorFor(org, "controller"), { entryId: original.id, reason: "Race A" }),
        reverseJournalEntry(t.db, actorFor(org, "admin"), { entryId: original.id, reason: "Race B" }),
      ]);
      expect(settled.filter((s) => s.status === "fulfilled")).toHaveLength(1);
      const rejected = settled.find((s) => s.status === "rejected");
      expect(rejected?.status === "rejected" && (rejected.reason as DomainError).code).toBe("ENTRY_ALREADY_REVERSED");
      expect(await reversalsOf(t.db, original.id)).toBe(1);
    }
  });

  it("replays a retry with the same key and changes nothing", async () => {
    const original = await manual(10_00n);
    const first = await reverseJournalEntry(t.db, actorFor(org, "controller"), { entryId: original.id, reason: "Retry" }, { idempotencyKey: "rev-1" });
    const before = await countSideEffects(t.db, org.organizationId);
    expect(await reverseJournalEntry(t.db, actorFor(org, "controller"), { entryId: original.id, reason: "Retry" }, { idempotencyKey: "rev-1" })).toEqual({ ...first, replayed: true });
    expect(await countSideEffects(t.db, org.organizationId)).toEqual(before);
    await expectRefused(t.db, org.organizationId, () => reverseJournalEntry(t.db, actorFor(org, "controller"), { entryId: original.id, reason: "Other" }, { idempotencyKey: "rev-1" }), "IDEMPOTENCY_KEY_REUSED");
  });
});
