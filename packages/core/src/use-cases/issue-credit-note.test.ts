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
import type { ChargeRecord } from "@closebook/db";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCharge } from "../queries/charge-queries";
import { createAccount } from "./create-account";
import { createCharge } from "./create-charge";
import { createCounterparty } from "./create-counterparty";
import { issueCharge } from "./issue-charge";
import { issueCreditNote } from "./issue-credit-note";
import { recordChargePayment } from "./record-charge-payment";
import { voidCharge } from "./void-charge";

let t: TestDatabase;
let org: TestOrganization;
let books: SeededLedger;
let references = 0;

async function charge(amountMinor: bigint, options: { issue?: boolean; paid?: bigint } = {}): Promise<ChargeRecord> {
  const { state } = await createCharge(t.db, actorFor(org, "clerk"), {
    customerId: books.customer.id,
    description: "Training",
    currency: "EUR",
    amountMinor,
    receivableAccountId: books.receivable.id,
    revenueAccountId: books.revenue.id,
  });
  if (options.issue === false) return state;
  let current = (await issueCharge(t.db, actorFor(org, "clerk"), { chargeId: state.id })).state;
  if (options.paid) {
    current = (await recordChargePayment(t.db, actorFor(org, "clerk"), { chargeId: state.id, reference: `CN-PAY-${++references}`, amountMinor: options.paid, bankAccountId: books.operatingBank.id })).state.charge;
  }
  return current;
}

const year = new Date().getUTCFullYear();

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 4 });
  org = await createTestOrganization(t.db);
  books = await seedLedger(t.db, org, { createAccount, createCounterparty });
});
afterAll(async () => {
  expect(await ledgerViolations(t.db, org.organizationId)).toEqual([]);
  await t.destroy();
});

describe("issue-credit-note", () => {
  it("credits the open rest of a partly paid charge: numbered note, DR revenue / CR receivable, charge credited", async () => {
    const c = await charge(300_00n, { paid: 100_00n });
    const [receivable, revenue] = [await storedBalance(t.db, books.receivable.id), await storedBalance(t.db, books.revenue.id)];
    const before = await countSideEffects(t.db, org.organizationId);
    const result = await issueCreditNote(t.db, actorFor(org, "controller"), { chargeId: c.id, reason: "Course cancelled after day one" });
    const { creditNote, charge: credited, remainingMinor } = result.state;
    expect(creditNote).toMatchObject({ number: `CN-${year}-00001`, chargeId: c.id, amountMinor: 200_00n, currency: "EUR", reason: "Course cancelled after day one" });
    expect(credited).toMatchObject({ status: "credited", paidMinor: 100_00n, creditedMinor: 200_00n });
    expect(remainingMinor).toBe(0n);
    expect(result.message).toBe(`Credit note CN-${year}-00001 of 200.00 EUR issued for ${c.number}: the charge is settled.`);
    const entry = await t.db.read.ledger.findEntry(org.organizationId, creditNote.entryId);
    expect(result.triggered).toEqual([`posted ${entry?.number}`, "recorded audit event charge.credited"]);
    expect(entry).toMatchObject({ source: "credit_note", sourceId: c.id, memo: `Credit note CN-${year}-00001 for ${c.number}: Course cancelled after day one` });
    expect(entry?.lines.map((l) => [l.accountId, l.debitMinor, l.creditMinor])).toEqual([
      [books.revenue.id, 200_00n, 0n],
      [books.receivable.id, 0n, 200_00n],
    ]);
    // One entry of two lines, its audit event and the charge's, one credit note, one document number.
    expectDelta(before, await countSideEffects(t.db, org.organizationId), { journalEntries: 1, journalLines: 2, auditEvents: 2, creditNotes: 1, documentNumbers: 1 });
    expect(await storedBalance(t.db, books.receivable.id)).toBe(receivable - 200_00n);
    expect(await storedBalance(t.db, books.revenue.id)).toBe(revenue + 200_00n);
    expect((await getCharge(t.db, actorFor(org, "viewer"), { chargeId: c.id })).remainingMinor).toBe(0n);
  });

  it("credits part of an unpaid charge, which stays issued with less open; payment of the rest then settles it as credited", async () => {
    const c = await charge(100_00n);
    const result = await issueCreditNote(t.db, actorFor(org, "controller"), { chargeId: c.id, amountMinor: 30_00n, reason: "Discount agreed" });
    expect(result.state.charge).toMatchObject({ status: "issued", creditedMinor: 30_00n });
    expect(result.state.remainingMinor).toBe(70_00n);
    expect(result.message).toBe(`Credit note ${result.state.creditNote.number} of 30.00 EUR issued for ${c.number}: 70.00 EUR remains open.`);
    await expectRefused(
      t.db,
      org.organizationId,
      () => recordChargePayment(t.db, actorFor(org, "clerk"), { chargeId: c.id, reference: "CN-PAY-OVER", amountMinor: 70_01n, bankAccountId: books.operatingBank.id }),
      "PAYMENT_EXCEEDS_BALANCE",
    );
    const paid = await recordChargePayment(t.db, actorFor(org, "clerk"), { chargeId: c.id, reference: "CN-PAY-REST", amountMinor: 70_00n, bankAccountId: books.operatingBank.id });
    expect(paid.state.charge.status).toBe("credited");
    expect(paid.state.remainingMinor).toBe(0n);
  });

  it("refuses an amount above the open rest with CREDIT_EXCEEDS_OPEN_AMOUNT, naming the field", async () => {
    const c = await charge(100_00n, { paid: 60_00n });
    const error = await expectRefused(t.db, org.organizationId, () => issueCreditNote(t.db, actorFor(org, "controller"), { chargeId: c.id, amountMinor: 40_01n, reason: "Too much" }), "CREDIT_EXCEEDS_OPEN_AMOUNT");
    expect(error.details).toEqual({ field: "amountMinor", remainingMinor: 40_00n });
  });

  it("refuses drafts, void, fully paid and already credited charges, each with its code", async () => {
    const draft = await charge(10_00n, { issue: false });
    await expectRefused(t.db, org.organizationId, () => issueCreditNote(t.db, actorFor(org, "controller"), { chargeId: draft.id, reason: "Nope" }), "CHARGE_NOT_ISSUED");
    const voided = await charge(10_00n);
    await voidCharge(t.db, actorFor(org, "controller"), { chargeId: voided.id, reason: "Wrong customer" });
    await expectRefused(t.db, org.organizationId, () => issueCreditNote(t.db, actorFor(org, "controller"), { chargeId: voided.id, reason: "Nope" }), "CHARGE_VOID");
    const paid = await charge(10_00n, { paid: 10_00n });
    await expectRefused(t.db, org.organizationId, () => issueCreditNote(t.db, actorFor(org, "controller"), { chargeId: paid.id, reason: "Nope" }), "CHARGE_ALREADY_PAID");
    const credited = await charge(10_00n);
    await issueCreditNote(t.db, actorFor(org, "controller"), { chargeId: credited.id, reason: "All of it" });
    await expectRefused(t.db, org.organizationId, () => issueCreditNote(t.db, actorFor(org, "controller"), { chargeId: credited.id, reason: "Again" }), "CHARGE_CREDITED");
    // A credited charge takes no payment and cannot be voided.
    await expectRefused(t.db, org.organizationId, () => recordChargePayment(t.db, actorFor(org, "clerk"), { chargeId: credited.id, reference: "CN-PAY-LATE", amountMinor: 1n, bankAccountId: books.operatingBank.id }), "CHARGE_CREDITED");
    await expectRefused(t.db, org.organizationId, () => voidCharge(t.db, actorFor(org, "controller"), { chargeId: credited.id, reason: "Void it" }), "CHARGE_CREDITED");
    const partlyCredited = await charge(10_00n);
    await issueCreditNote(t.db, actorFor(org, "controller"), { chargeId: partlyCredited.id, amountMinor: 1_00n, reason: "Some of it" });
    await expectRefused(t.db, org.organizationId, () => voidCharge(t.db, actorFor(org, "controller"), { chargeId: partlyCredited.id, reason: "Void it" }), "CHARGE_CREDITED");
  });

  it("refuses clerks with NOT_PERMITTED, unknown charges with CHARGE_NOT_FOUND and a closed period with PERIOD_CLOSED", async () => {
    const c = await charge(10_00n);
    await expectRefused(t.db, org.organizationId, () => issueCreditNote(t.db, actorFor(org, "clerk"), { chargeId: c.id, reason: "Nope" }), "NOT_PERMITTED");
    await expectRefused(t.db, org.organizationId, () => issueCreditNote(t.db, actorFor(org, "controller"), { chargeId: randomUUID(), reason: "Nope" }), "CHARGE_NOT_FOUND");
    await closePeriod(t.db, org, "2026-02-01");
    // The refused call hands no credit note number out (the counter is unchanged).
    await expectRefused(t.db, org.organizationId, () => issueCreditNote(t.db, actorFor(org, "controller"), { chargeId: c.id, reason: "Backdated", issueDate: "2026-02-10" }), "PERIOD_CLOSED");
  });

  it("replays a retry with the same key and changes nothing", async () => {
    const c = await charge(20_00n);
    const first = await issueCreditNote(t.db, actorFor(org, "controller"), { chargeId: c.id, reason: "Retry me" }, { idempotencyKey: "credit-note-1" });
    const before = await countSideEffects(t.db, org.organizationId);
    expect(await issueCreditNote(t.db, actorFor(org, "controller"), { chargeId: c.id, reason: "Retry me" }, { idempotencyKey: "credit-note-1" })).toEqual({ ...first, replayed: true });
    expect(await countSideEffects(t.db, org.organizationId)).toEqual(before);
  });
});
