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
import { today } from "../shared/dates";
import { createAccount } from "./create-account";
import { createCharge } from "./create-charge";
import { createCounterparty } from "./create-counterparty";
import { issueCharge } from "./issue-charge";
import { postManualJournalEntry } from "./post-manual-journal-entry";
import { recordChargePayment, type RecordChargePaymentInput } from "./record-charge-payment";
import { voidCharge } from "./void-charge";

let t: TestDatabase;
let org: TestOrganization;
let books: SeededLedger;
let reference = 0;
const nextReference = () => `BANK-REF-${++reference}`;

async function charge(amountMinor = 1_200_00n, issue = true): Promise<ChargeRecord> {
  const { state } = await createCharge(t.db, actorFor(org, "clerk"), {
    customerId: books.customer.id,
    description: "Subscription",
    currency: "EUR",
    amountMinor,
    receivableAccountId: books.receivable.id,
    revenueAccountId: books.revenue.id,
  });
  return issue ? (await issueCharge(t.db, actorFor(org, "clerk"), { chargeId: state.id })).state : state;
}

const pay = (c: ChargeRecord, amountMinor: bigint, extra: Partial<RecordChargePaymentInput> = {}): RecordChargePaymentInput => ({
  chargeId: c.id,
  reference: nextReference(),
  amountMinor,
  bankAccountId: books.operatingBank.id,
  ...extra,
});

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

describe("record-charge-payment", () => {
  it("records a partial payment: DR bank / CR receivable, the outcome gives the remaining balance", async () => {
    const c = await charge();
    const [bankBefore, receivableBefore] = [await storedBalance(t.db, books.operatingBank.id), await storedBalance(t.db, books.receivable.id)];
    const before = await countSideEffects(t.db, org.organizationId);
    const input = pay(c, 500_00n);
    const result = await recordChargePayment(t.db, actorFor(org, "clerk"), input);
    expect(result.state.remainingMinor).toBe(700_00n);
    expect(result.state.charge).toMatchObject({ status: "issued", paidMinor: 500_00n });
    expect(result.state.payment).toMatchObject({ chargeId: c.id, reference: input.reference, amountMinor: 500_00n, receivedOn: today(), recordedBy: org.member("clerk").userId });
    expect(result.message).toBe("Payment of 500.00 EUR recorded: 700.00 EUR remains open.");
    const entry = await t.db.read.ledger.findEntry(org.organizationId, result.state.payment.entryId);
    expect(result.triggered).toEqual([`posted ${entry?.number}`]);
    expect(result.warnings).toEqual([]);
    expect(entry).toMatchObject({ source: "charge_payment", sourceId: c.id });
    expect(entry?.lines.map((l) => [l.accountId, l.debitMinor, l.creditMinor])).toEqual([
      [books.operatingBank.id, 500_00n, 0n],
      [books.receivable.id, 0n, 500_00n],
    ]);
    expectDelta(before, await countSideEffects(t.db, org.organizationId), { payments: 1, journalEntries: 1, journalLines: 2, auditEvents: 2 });
    expect(await storedBalance(t.db, books.operatingBank.id)).toBe(bankBefore + 500_00n);
    expect(await storedBalance(t.db, books.receivable.id)).toBe(receivableBefore - 500_00n);
  });

  it("marks the charge paid when the last payment covers the balance", async () => {
    const c = await charge(900_00n);
    await recordChargePayment(t.db, actorFor(org, "clerk"), pay(c, 400_00n));
    const result = await recordChargePayment(t.db, actorFor(org, "controller"), pay(c, 500_00n));
    expect(result.state.charge).toMatchObject({ status: "paid", paidMinor: 900_00n });
    expect(result.state.remainingMinor).toBe(0n);
    expect(result.message).toBe(`Payment of 500.00 EUR recorded: ${c.number} is paid in full.`);
    expect(await t.db.read.charges.payments(org.organizationId, c.id)).toHaveLength(2);
  });

  it("refuses a payment reference recorded before with PAYMENT_ALREADY_RECORDED, on this or another charge", async () => {
    const c = await charge();
    const input = pay(c, 100_00n);
    await recordChargePayment(t.db, actorFor(org, "clerk"), input);
    const error = await expectRefused(t.db, org.organizationId, () => recordChargePayment(t.db, actorFor(org, "clerk"), input), "PAYMENT_ALREADY_RECORDED");
    expect(error.details).toMatchObject({ field: "reference" });
    const other = await charge();
    await expectRefused(t.db, org.organizationId, () => recordChargePayment(t.db, actorFor(org, "clerk"), { ...input, chargeId: other.id }), "PAYMENT_ALREADY_RECORDED");
  });

  it("refuses more than the open balance with PAYMENT_EXCEEDS_BALANCE, saying what remains", async () => {
    const c = await charge(1_000_00n);
    await recordChargePayment(t.db, actorFor(org, "clerk"), pay(c, 600_00n));
    const error = await expectRefused(t.db, org.organizationId, () => recordChargePayment(t.db, actorFor(org, "clerk"), pay(c, 400_01n)), "PAYMENT_EXCEEDS_BALANCE");
    expect(error.details).toMatchObject({ field: "amountMinor", remainingMinor: 400_00n });
    expect(error.message).toBe(`Only 400.00 EUR remains open on ${c.number}.`);
  });

  it("refuses a payment on a draft with CHARGE_NOT_ISSUED", async () => {
    const c = await charge(100_00n, false);
    await expectRefused(t.db, org.organizationId, () => recordChargePayment(t.db, actorFor(org, "clerk"), pay(c, 100_00n)), "CHARGE_NOT_ISSUED");
  });

  it("refuses a payment on a void charge with CHARGE_VOID", async () => {
    const c = await charge(100_00n);
    await voidCharge(t.db, actorFor(org, "controller"), { chargeId: c.id, reason: "Cancelled order" });
    await expectRefused(t.db, org.organizationId, () => recordChargePayment(t.db, actorFor(org, "clerk"), pay(c, 100_00n)), "CHARGE_VOID");
  });

  it("refuses a new payment on a paid charge with CHARGE_ALREADY_PAID", async () => {
    const c = await charge(100_00n);
    await recordChargePayment(t.db, actorFor(org, "clerk"), pay(c, 100_00n));
    await expectRefused(t.db, org.organizationId, () => recordChargePayment(t.db, actorFor(org, "clerk"), pay(c, 1n)), "CHARGE_ALREADY_PAID");
  });

  it("refuses an account that is not a bank account with ACCOUNT_NOT_USABLE", async () => {
    const c = await charge(100_00n);
    await expectRefused(t.db, org.organizationId, () => recordChargePayment(t.db, actorFor(org, "clerk"), pay(c, 100_00n, { bankAccountId: books.receivable.id })), "ACCOUNT_NOT_USABLE");
    await expectRefused(t.db, org.organizationId, () => recordChargePayment(t.db, actorFor(org, "clerk"), pay(c, 100_00n, { bankAccountId: randomUUID() })), "ACCOUNT_NOT_USABLE");
  });

  it("refuses a bank account in another currency than the charge with CURRENCY_MISMATCH", async () => {
    const c = await charge(100_00n);
    const error = await expectRefused(t.db, org.organizationId, () => recordChargePayment(t.db, actorFor(org, "clerk"), pay(c, 100_00n, { bankAccountId: books.dollarBank.id })), "CURRENCY_MISMATCH");
    expect(error.details).toMatchObject({ field: "bankAccountId" });
  });

  it("refuses a frozen bank account with ACCOUNT_FROZEN", async () => {
    const frozen = await createAccount(t.db, actorFor(org, "controller"), { code: "1030", name: "Old bank", type: "asset", currency: "EUR", isBankAccount: true, status: "frozen" });
    const c = await charge(100_00n);
    await expectRefused(t.db, org.organizationId, () => recordChargePayment(t.db, actorFor(org, "clerk"), pay(c, 100_00n, { bankAccountId: frozen.state.id })), "ACCOUNT_FROZEN");
  });

  it("refuses a payment dated in a closed period with PERIOD_CLOSED", async () => {
    await closePeriod(t.db, org, "2026-01-01");
    const c = await charge(100_00n);
    await expectRefused(t.db, org.organizationId, () => recordChargePayment(t.db, actorFor(org, "clerk"), pay(c, 100_00n, { receivedOn: "2026-01-20" })), "PERIOD_CLOSED");
  });

  it("refuses unknown charges with CHARGE_NOT_FOUND and viewers with NOT_PERMITTED", async () => {
    const c = await charge(100_00n);
    await expectRefused(t.db, org.organizationId, () => recordChargePayment(t.db, actorFor(org, "clerk"), pay(c, 1n, { chargeId: randomUUID() })), "CHARGE_NOT_FOUND");
    await expectRefused(t.db, org.organizationId, () => recordChargePayment(t.db, actorFor(org, "viewer"), pay(c, 1n)), "NOT_PERMITTED");
  });

  it("replays a retry with the same key and changes nothing; refuses the key for another amount", async () => {
    const c = await charge(300_00n);
    const input = pay(c, 100_00n);
    const first = await recordChargePayment(t.db, actorFor(org, "clerk"), input, { idempotencyKey: "pay-1" });
    const before = await countSideEffects(t.db, org.organizationId);
    const retry = await recordChargePayment(t.db, actorFor(org, "clerk"), input, { idempotencyKey: "pay-1" });
    expect(retry).toEqual({ ...first, replayed: true });
    expect(await countSideEffects(t.db, org.organizationId)).toEqual(before);
    await expectRefused(t.db, org.organizationId, () => recordChargePayment(t.db, actorFor(org, "clerk"), { ...input, amountMinor: 200_00n }, { idempotencyKey: "pay-1" }), "IDEMPOTENCY_KEY_REUSED");
    expect((await t.db.read.charges.findById(org.organizationId, c.id))?.paidMinor).toBe(100_00n);
  });
});
