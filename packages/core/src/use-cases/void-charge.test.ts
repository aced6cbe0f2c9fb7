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
  seedLedger,
  storedBalance,
  type SeededLedger,
  type TestDatabase,
  type TestOrganization,
} from "@closebook/db/testing";
import type { ChargeRecord } from "@closebook/db";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "./create-account";
import { createCharge } from "./create-charge";
import { createCounterparty } from "./create-counterparty";
import { issueCharge } from "./issue-charge";
import { postManualJournalEntry } from "./post-manual-journal-entry";
import { recordChargePayment } from "./record-charge-payment";
import { voidCharge } from "./void-charge";

let t: TestDatabase;
let org: TestOrganization;
let books: SeededLedger;

async function charge(amountMinor: bigint, issue: boolean): Promise<ChargeRecord> {
  const { state } = await createCharge(t.db, actorFor(org, "clerk"), {
    customerId: books.customer.id,
    description: "Workshop",
    currency: "EUR",
    amountMinor,
    receivableAccountId: books.receivable.id,
    revenueAccountId: books.revenue.id,
  });
  return issue ? (await issueCharge(t.db, actorFor(org, "clerk"), { chargeId: state.id })).state : state;
}

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 4 });
  org = await createTestOrganization(t.db);
  books = await seedLedger(t.db, org, { createAccount, createCounterparty });
  await fundAccount(t.db, org, postManualJournalEntry, { accountId: books.operatingBank.id, fromAccountId: books.equity.id, amountMinor: 1_000_00n });
});
afterAll(async () => {
  expect(await ledgerViolations(t.db, org.organizationId)).toEqual([]);
  await t.destroy();
});

describe("void-charge", () => {
  it("voids a draft without posting anything", async () => {
    const c = await charge(250_00n, false);
    const before = await countSideEffects(t.db, org.organizationId);
    const result = await voidCharge(t.db, actorFor(org, "controller"), { chargeId: c.id, reason: "Duplicate draft" });
    expect(result.state).toMatchObject({ status: "void", voidReason: "Duplicate draft", voidEntryId: null, number: null });
    expect(result.message).toBe("The draft charge is void.");
    expect(result.triggered).toEqual([]);
    expect(result.warnings).toEqual([]);
    expectDelta(before, await countSideEffects(t.db, org.organizationId), { auditEvents: 1 });
  });

  it("voids an issued charge by posting the reversal of its issue entry", async () => {
    const c = await charge(400_00n, true);
    const [receivable, revenue] = [await storedBalance(t.db, books.receivable.id), await storedBalance(t.db, books.revenue.id)];
    const before = await countSideEffects(t.db, org.organizationId);
    const result = await voidCharge(t.db, actorFor(org, "controller"), { chargeId: c.id, reason: "Customer cancelled" });
    expect(result.state).toMatchObject({ status: "void", number: c.number, issuedEntryId: c.issuedEntryId, voidReason: "Customer cancelled" });
    expect(result.message).toBe(`Charge ${c.number} is void; its revenue is reversed.`);
    const entry = await t.db.read.ledger.findEntry(org.organizationId, result.state.voidEntryId ?? "");
    expect(result.triggered).toEqual([`posted ${entry?.number}`]);
    expect(entry).toMatchObject({ source: "charge_void", sourceId: c.id, reversesEntryId: c.issuedEntryId, memo: `Void of charge ${c.number}: Customer cancelled` });
    expect(entry?.lines.map((l) => [l.accountId, l.debitMinor, l.creditMinor])).toEqual([
      [books.revenue.id, 400_00n, 0n],
      [books.receivable.id, 0n, 400_00n],
    ]);
    expectDelta(before, await countSideEffects(t.db, org.organizationId), { journalEntries: 1, journalLines: 2, auditEvents: 2 });
    expect(await storedBalance(t.db, books.receivable.id)).toBe(receivable - 400_00n);
    expect(await storedBalance(t.db, books.revenue.id)).toBe(revenue + 400_00n);
    // The issue entry now shows its reversal.
    expect((await t.db.read.ledger.findEntry(org.organizationId, c.issuedEntryId ?? ""))?.reversedByEntryId).toBe(entry?.id);
  });

  it("refuses to void a void charge with CHARGE_VOID", async () => {
    const c = await charge(10_00n, true);
    await voidCharge(t.db, actorFor(org, "controller"), { chargeId: c.id, reason: "Wrong customer" });
    await expectRefused(t.db, org.organizationId, () => voidCharge(t.db, actorFor(org, "controller"), { chargeId: c.id, reason: "Again" }), "CHARGE_VOID");
  });

  it("refuses a charge with payments with CHARGE_HAS_PAYMENTS and a paid one with CHARGE_ALREADY_PAID", async () => {
    const partly = await charge(100_00n, true);
    await recordChargePayment(t.db, actorFor(org, "clerk"), { chargeId: partly.id, reference: "VOID-PAY-1", amountMinor: 40_00n, bankAccountId: books.operatingBank.id });
    await expectRefused(t.db, org.organizationId, () => voidCharge(t.db, actorFor(org, "controller"), { chargeId: partly.id, reason: "Too late" }), "CHARGE_HAS_PAYMENTS");
    const paid = await charge(100_00n, true);
    await recordChargePayment(t.db, actorFor(org, "clerk"), { chargeId: paid.id, reference: "VOID-PAY-2", amountMinor: 100_00n, bankAccountId: books.operatingBank.id });
    await expectRefused(t.db, org.organizationId, () => voidCharge(t.db, actorFor(org, "controller"), { chargeId: paid.id, reason: "Too late" }), "CHARGE_ALREADY_PAID");
  });

  it("refuses a reversal dated in a closed period with PERIOD_CLOSED", async () => {
    await closePeriod(t.db, org, "2026-03-01");
    const c = await charge(10_00n, true);
    await expectRefused(t.db, org.organizationId, () => voidCharge(t.db, actorFor(org, "controller"), { chargeId: c.id, reason: "Backdated", effectiveDate: "2026-03-31" }), "PERIOD_CLOSED");
  });

  it("refuses clerks and approvers with NOT_PERMITTED and unknown charges with CHARGE_NOT_FOUND", async () => {
    const c = await charge(10_00n, false);
    for (const role of ["viewer", "clerk", "approver"] as const) {
      await expectRefused(t.db, org.organizationId, () => voidCharge(t.db, actorFor(org, role), { chargeId: c.id, reason: "Nope" }), "NOT_PERMITTED");
    }
    await expectRefused(t.db, org.organizationId, () => voidCharge(t.db, actorFor(org, "admin"), { chargeId: randomUUID(), reason: "Nope" }), "CHARGE_NOT_FOUND");
  });

  it("replays a retry with the same key and changes nothing", async () => {
    const c = await charge(20_00n, true);
    const first = await voidCharge(t.db, actorFor(org, "controller"), { chargeId: c.id, reason: "Retry me" }, { idempotencyKey: "void-1" });
    const before = await countSideEffects(t.db, org.organizationId);
    expect(await voidCharge(t.db, actorFor(org, "controller"), { chargeId: c.id, reason: "Retry me" }, { idempotencyKey: "void-1" })).toEqual({ ...first, replayed: true });
    expect(await countSideEffects(t.db, org.organizationId)).toEqual(before);
    await expectRefused(t.db, org.organizationId, () => voidCharge(t.db, actorFor(org, "controller"), { chargeId: c.id, reason: "Other reason" }, { idempotencyKey: "void-1" }), "IDEMPOTENCY_KEY_REUSED");
  });
});
