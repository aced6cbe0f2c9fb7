import {
  actorFor,
  countSideEffects,
  createTestDatabase,
  createTestOrganization,
  expectDelta,
  fundAccount,
  seedLedger,
  tasksAbout,
  type SeededLedger,
  type TestDatabase,
  type TestOrganization,
} from "@closebook/db/testing";
import type { ChargeRecord } from "@closebook/db";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "../use-cases/create-account";
import { createCharge } from "../use-cases/create-charge";
import { createCounterparty } from "../use-cases/create-counterparty";
import { issueCharge } from "../use-cases/issue-charge";
import { postManualJournalEntry } from "../use-cases/post-manual-journal-entry";
import { recordChargePayment } from "../use-cases/record-charge-payment";
import { voidCharge } from "../use-cases/void-charge";
import { checkChargeOverdue } from "./check-charge-overdue";

let t: TestDatabase;
let org: TestOrganization;
let books: SeededLedger;

/** A charge issued on 2026-09-01, due 2026-10-01. */
async function issued(amountMinor = 300_00n): Promise<ChargeRecord> {
  const { state } = await createCharge(t.db, actorFor(org, "clerk"), {
    customerId: books.customer.id,
    description: "Hosting",
    currency: "EUR",
    amountMinor,
    receivableAccountId: books.receivable.id,
    revenueAccountId: books.revenue.id,
    dueDate: "2026-10-01",
  });
  return (await issueCharge(t.db, actorFor(org, "clerk"), { chargeId: state.id, issueDate: "2026-09-01" })).state;
}

const asOf = new Date("2026-10-02T00:00:00Z");

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 4 });
  org = await createTestOrganization(t.db);
  books = await seedLedger(t.db, org, { createAccount, createCounterparty });
  await fundAccount(t.db, org, postManualJournalEntry, { accountId: books.operatingBank.id, fromAccountId: books.equity.id, amountMinor: 1_000_00n, effectiveDate: "2026-09-01" });
});
afterAll(() => t.destroy());

describe("checkChargeOverdue (job handler)", () => {
  it("creates one 'Chase overdue charge' task for clerks when the charge is still open after its due date", async () => {
    const charge = await issued();
    await recordChargePayment(t.db, actorFor(org, "clerk"), { chargeId: charge.id, reference: "OVERDUE-1", amountMinor: 100_00n, bankAccountId: books.operatingBank.id, receivedOn: "2026-09-15" });
    const before = await countSideEffects(t.db, org.organizationId);
    expect(await checkChargeOverdue(t.db, { organizationId: org.organizationId, chargeId: charge.id }, asOf)).toBe("task-created");
    expectDelta(before, await countSideEffects(t.db, org.organizationId), { tasks: 1, auditEvents: 1 });
    const [task, ...more] = await tasksAbout(t.db, org.organizationId, charge.id);
    expect(more).toEqual([]);
    expect(task).toMatchObject({
      title: `Chase overdue charge ${charge.number}`,
      detail: "Acme Retail owes 200.00 EUR, due 2026-10-01.",
      assigneeRole: "clerk",
      assigneeUserId: null,
      dedupeKey: `overdue:${charge.id}`,
      status: "open",
    });
    const [event] = await t.db.read.audit.list({ organizationId: org.organizationId, entityId: task?.id, limit: 5 });
    expect(event).toMatchObject({ action: "task.created", actorUserId: "system", requestId: `job:check-charge-overdue:${charge.id}` });
  });

  it("creates nothing more when the job runs again, or twice at once", async () => {
    const charge = await issued();
    const payload = { organizationId: org.organizationId, chargeId: charge.id };
    const before = await countSideEffects(t.db, org.organizationId);
    const results = await Promise.all([checkChargeOverdue(t.db, payload, asOf), checkChargeOverdue(t.db, payload, asOf)]);
    expect(results.sort()).toEqual(["already-tasked", "task-created"]);
    expect(await checkChargeOverdue(t.db, payload, asOf)).toBe("already-tasked");
    expectDelta(before, await countSideEffects(t.db, org.organizationId), { tasks: 1, auditEvents: 1 });
  });

  it("creates nothing on or before the due date, for a paid or void charge, or an unknown one", async () => {
    const onTime = await issued();
    const paid = await issued(50_00n);
    await recordChargePayment(t.db, actorFor(org, "clerk"), { chargeId: paid.id, reference: "OVERDUE-2", amountMinor: 50_00n, bankAccountId: books.operatingBank.id, receivedOn: "2026-09-20" });
    const voided = await issued(60_00n);
    await voidCharge(t.db, actorFor(org, "controller"), { chargeId: voided.id, reason: "Credit note", effectiveDate: "2026-09-20" });
    const before = await countSideEffects(t.db, org.organizationId);
    expect(await checkChargeOverdue(t.db, { organizationId: org.organizationId, chargeId: onTime.id }, new Date("2026-10-01T00:00:00Z"))).toBe("not-overdue");
    expect(await checkChargeOverdue(t.db, { organizationId: org.organizationId, chargeId: paid.id }, asOf)).toBe("not-overdue");
    expect(await checkChargeOverdue(t.db, { organizationId: org.organizationId, chargeId: voided.id }, asOf)).toBe("not-overdue");
    expect(await checkChargeOverdue(t.db, { organizationId: org.organizationId, chargeId: randomUUID() }, asOf)).toBe("not-overdue");
    expect(await countSideEffects(t.db, org.organizationId)).toEqual(before);
  });
});
