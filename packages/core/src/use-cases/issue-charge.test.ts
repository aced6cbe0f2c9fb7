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
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays, formatDate, today } from "../shared/dates";
import { createAccount } from "./create-account";
import { createCharge } from "./create-charge";
import { createCounterparty } from "./create-counterparty";
import { issueCharge } from "./issue-charge";
import { postManualJournalEntry } from "./post-manual-journal-entry";
import { voidCharge } from "./void-charge";

let t: TestDatabase;
let org: TestOrganization;
let books: SeededLedger;
const year = today().getUTCFullYear();

async function draft(amountMinor = 1_200_00n, dueDate: string | null = null) {
  const { state } = await createCharge(t.db, actorFor(org, "clerk"), {
    customerId: books.customer.id,
    description: "Consulting",
    currency: "EUR",
    amountMinor,
    receivableAccountId: books.receivable.id,
    revenueAccountId: books.revenue.id,
    dueDate,
  });
  return state;
}

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 4 });
  org = await createTestOrganization(t.db);
  books = await seedLedger(t.db, org, { createAccount, createCounterparty });
  // Opens this month's period, so the deltas below count only what issuing writes.
  await fundAccount(t.db, org, postManualJournalEntry, { accountId: books.operatingBank.id, fromAccountId: books.equity.id, amountMinor: 10_000_00n });
});
afterAll(async () => {
  expect(await ledgerViolations(t.db, org.organizationId)).toEqual([]);
  await t.destroy();
});

describe("issue-charge", () => {
  it("issues a draft: number CH-YYYY-00001, entry DR receivable / CR revenue, overdue check scheduled", async () => {
    const charge = await draft();
    const before = await countSideEffects(t.db, org.organizationId);
    const result = await issueCharge(t.db, actorFor(org, "clerk"), { chargeId: charge.id });
    const due = addDays(today(), 30);
    expect(result.state).toMatchObject({ status: "issued", number: `CH-${year}-00001`, issueDate: today(), dueDate: due, paidMinor: 0n });
    expect(result.message).toBe(`Charge CH-${year}-00001 for 1,200.00 EUR issued, due ${formatDate(due)}.`);
    const entry = await t.db.read.ledger.findEntry(org.organizationId, result.state.issuedEntryId ?? "");
    expect(result.triggered).toEqual([`posted ${entry?.number}`, `scheduled an overdue check for ${formatDate(addDays(due, 1))}`]);
    expect(result.warnings).toEqual([]);
    expect(result.replayed).toBe(false);

    expect(entry).toMatchObject({ source: "charge_issued", sourceId: charge.id, effectiveDate: today(), memo: `Charge CH-${year}-00001: Consulting` });
    expect(entry?.number).toMatch(new RegExp(`^JE-${year}-\\d{6}$`));
    expect(entry?.lines.map((l) => [l.accountId, l.debitMinor, l.creditMinor])).toEqual([
      [books.receivable.id, 1_200_00n, 0n],
      [books.revenue.id, 0n, 1_200_00n],
    ]);
    expectDelta(before, await countSideEffects(t.db, org.organizationId), { journalEntries: 1, journalLines: 2, auditEvents: 2, jobs: 1, documentNumbers: 1 });
    expect(await storedBalance(t.db, books.receivable.id)).toBe(1_200_00n);
    expect(await storedBalance(t.db, books.revenue.id)).toBe(-1_200_00n);

    const jobs = (await t.db.read.jobs.pending("check-charge-overdue")).filter((j) => (j.payload as { chargeId: string }).chargeId === charge.id);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ payload: { organizationId: org.organizationId, chargeId: charge.id }, runAt: addDays(due, 1), key: `charge-overdue:${charge.id}` });
    const events = await t.db.read.audit.list({ organizationId: org.organizationId, entityId: charge.id, limit: 10 });
    expect(events.map((e) => e.action)).toEqual(["charge.issued", "charge.created"]);
  });

  it("gives the next charge the next number, CH-YYYY-00002, and keeps a due date set on the draft", async () => {
    const charge = await draft(300_00n, "2027-01-31");
    const result = await issueCharge(t.db, actorFor(org, "controller"), { chargeId: charge.id });
    expect(result.state).toMatchObject({ number: `CH-${year}-00002`, dueDate: new Date("2027-01-31T00:00:00Z") });
    expect(result.triggered[1]).toBe("scheduled an overdue check for 2027-02-01");
  });

  it("uses the payment terms when the draft has no due date", async () => {
    const result = await issueCharge(t.db, actorFor(org, "clerk"), { chargeId: (await draft(50_00n)).id, paymentTermsDays: 14 });
    expect(result.state.dueDate).toEqual(addDays(today(), 14));
    expect(result.state.number).toBe(`CH-${year}-00003`);
  });

  it("numbers each year from 00001", async () => {
    const result = await issueCharge(t.db, actorFor(org, "clerk"), { chargeId: (await draft(10_00n)).id, issueDate: "2025-06-10" });
    expect(result.state.number).toBe("CH-2025-00001");
    const entry = await t.db.read.ledger.findEntry(org.organizationId, result.state.issuedEntryId ?? "");
    expect(entry?.number).toMatch(/^JE-2025-\d{6}$/);
  });

  it("refuses to issue into a closed period with PERIOD_CLOSED, handing out no number", async () => {
    await closePeriod(t.db, org, "2026-02-01");
    const charge = await draft(75_00n);
    const error = await expectRefused(t.db, org.organizationId, () => issueCharge(t.db, actorFor(org, "clerk"), { chargeId: charge.id, issueDate: "2026-02-14" }), "PERIOD_CLOSED");
    expect(error.details).toMatchObject({ field: "effectiveDate", effectiveDate: "2026-02-14" });
    expect((await t.db.read.charges.findById(org.organizationId, charge.id))?.status).toBe("draft");
    // The number the refused call would have used is still the next one: numbers stay gapless.
    const issued = await issueCharge(t.db, actorFor(org, "clerk"), { chargeId: charge.id });
    expect(issued.state.number).toBe(`CH-${year}-00004`);
  });

  it("refuses to issue a charge twice with CHARGE_NOT_DRAFT", async () => {
    const charge = await draft();
    await issueCharge(t.db, actorFor(org, "clerk"), { chargeId: charge.id });
    await expectRefused(t.db, org.organizationId, () => issueCharge(t.db, actorFor(org, "clerk"), { chargeId: charge.id }), "CHARGE_NOT_DRAFT");
  });

  it("refuses a void charge with CHARGE_VOID", async () => {
    const charge = await draft();
    await voidCharge(t.db, actorFor(org, "controller"), { chargeId: charge.id, reason: "Entered twice" });
    await expectRefused(t.db, org.organizationId, () => issueCharge(t.db, actorFor(org, "clerk"), { chargeId: charge.id }), "CHARGE_VOID");
  });

  it("refuses an unknown charge and another organization's charge with CHARGE_NOT_FOUND", async () => {
    await expectRefused(t.db, org.organizationId, () => issueCharge(t.db, actorFor(org, "clerk"), { chargeId: randomUUID() }), "CHARGE_NOT_FOUND");
    const other = await createTestOrganization(t.db, ["clerk"], "Other");
    const charge = await draft();
    await expectRefused(t.db, org.organizationId, () => issueCharge(t.db, actorFor(other, "clerk"), { chargeId: charge.id }), "CHARGE_NOT_FOUND");
  });

  it("refuses a viewer with NOT_PERMITTED", async () => {
    const charge = await draft();
    await expectRefused(t.db, org.organizationId, () => issueCharge(t.db, actorFor(org, "viewer"), { chargeId: charge.id }), "NOT_PERMITTED");
  });

  it("replays a retry with the same key (no second entry, number or job) and refuses the key for another charge", async () => {
    const charge = await draft();
    const first = await issueCharge(t.db, actorFor(org, "clerk"), { chargeId: charge.id }, { idempotencyKey: "issue-a" });
    const before = await countSideEffects(t.db, org.organizationId);
    const retry = await issueCharge(t.db, actorFor(org, "clerk"), { chargeId: charge.id }, { idempotencyKey: "issue-a" });
    expect(retry).toEqual({ ...first, replayed: true });
    expect(await countSideEffects(t.db, org.organizationId)).toEqual(before);
    const other = await draft();
    await expectRefused(t.db, org.organizationId, () => issueCharge(t.db, actorFor(org, "clerk"), { chargeId: other.id }, { idempotencyKey: "issue-a" }), "IDEMPOTENCY_KEY_REUSED");
  });
});
