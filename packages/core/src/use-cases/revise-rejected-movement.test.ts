import {
  actorFor,
  countSideEffects,
  createTestDatabase,
  createTestOrganization,
  expectDelta,
  expectRefused,
  fundAccount,
  ledgerViolations,
  notificationsAbout,
  seedLedger,
  tasksAbout,
  type SeededLedger,
  type TestDatabase,
  type TestOrganization,
} from "@closebook/db/testing";
import type { MovementRecord } from "@closebook/db";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cancelMovement } from "./cancel-movement";
import { createAccount } from "./create-account";
import { createCounterparty } from "./create-counterparty";
import { postManualJournalEntry } from "./post-manual-journal-entry";
import { rejectMovement } from "./reject-movement";
import { requestMovement } from "./request-movement";
import { reviseRejectedMovement } from "./revise-rejected-movement";

let t: TestDatabase;
let org: TestOrganization;
let books: SeededLedger;

async function rejected(amountMinor = 500_00n): Promise<MovementRecord> {
  const { state } = await requestMovement(t.db, actorFor(org, "clerk"), {
    kind: "vendor_payment",
    description: "Office paper",
    amountMinor,
    sourceAccountId: books.operatingBank.id,
    destinationAccountId: books.expenses.id,
    counterpartyId: books.vendor.id,
  });
  return (await rejectMovement(t.db, actorFor(org, "approver"), { movementId: state.id, reason: "Wrong amount" })).state;
}

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 4 });
  org = await createTestOrganization(t.db);
  books = await seedLedger(t.db, org, { createAccount, createCounterparty });
  await fundAccount(t.db, org, postManualJournalEntry, { accountId: books.operatingBank.id, fromAccountId: books.equity.id, amountMinor: 1_000_000_00n });
});
afterAll(async () => {
  expect(await ledgerViolations(t.db, org.organizationId)).toEqual([]);
  await t.destroy();
});

describe("revise-rejected-movement", () => {
  it("requests a linked revision with the changed amount through request-movement's bands, and completes the revise task", async () => {
    const old = await rejected();
    const [reviseTask] = await tasksAbout(t.db, org.organizationId, old.id);
    expect(reviseTask).toMatchObject({ title: `Revise rejected movement ${old.number}`, status: "open" });
    const before = await countSideEffects(t.db, org.organizationId);
    const result = await reviseRejectedMovement(t.db, actorFor(org, "clerk"), { movementId: old.id, amountMinor: 50_000_01n, description: "Office paper, whole year" });
    const revision = result.state;
    // Above 50,000.00 the default policy asks two approvals, one a controller's: the same band request-movement applies.
    expect(revision).toMatchObject({
      status: "pending_approval",
      revisedFromId: old.id,
      amountMinor: 50_000_01n,
      description: "Office paper, whole year",
      kind: "vendor_payment",
      counterpartyId: books.vendor.id,
      sourceAccountId: old.sourceAccountId,
      destinationAccountId: old.destinationAccountId,
      requiredApprovals: 2,
      requiresController: true,
      requestedBy: org.member("clerk").userId,
    });
    expect(revision.id).not.toBe(old.id);
    expect(result.message).toBe(`Revised ${old.number} as ${revision.number}: payment of 50,000.01 EUR to Paper Supplies Ltd. It needs 2 approvals, one from a controller (above 50,000.00 EUR).`);
    expect(result.triggered).toEqual([
      "recorded audit event movement.requested",
      "notified 3 approvers",
      `created task 'Review large payment ${revision.number}'`,
      "recorded audit event movement.revised",
      `completed task 'Revise rejected movement ${old.number}'`,
    ]);
    // One movement, its request and the revision audited, three approvers notified (each with a delivery job), one review task.
    expectDelta(before, await countSideEffects(t.db, org.organizationId), { movements: 1, auditEvents: 2, notifications: 3, jobs: 3, tasks: 1 });
    expect((await notificationsAbout(t.db, org.organizationId, revision.id)).map((n) => n.title)).toEqual(Array(3).fill(`Approval needed: ${revision.number}`));
    expect((await tasksAbout(t.db, org.organizationId, old.id))[0]).toMatchObject({ status: "done", completedBy: org.member("clerk").userId });
    expect(await t.db.read.movements.findById(org.organizationId, old.id)).toMatchObject({ status: "rejected", revisedFromId: null });
    const [event] = await t.db.read.audit.list({ organizationId: org.organizationId, entityId: old.id, limit: 1 });
    expect(event).toMatchObject({ action: "movement.revised", after: { revisedById: revision.id, revisedByNumber: revision.number } });
  });

  it("keeps what the requester does not change, and checks the result as request-movement does", async () => {
    const old = await rejected(200_00n);
    await expectRefused(t.db, org.organizationId, () => reviseRejectedMovement(t.db, actorFor(org, "clerk"), { movementId: old.id, destinationAccountId: books.receivable.id }), "ACCOUNT_NOT_USABLE");
    const result = await reviseRejectedMovement(t.db, actorFor(org, "clerk"), { movementId: old.id, kind: "transfer", destinationAccountId: books.reserveBank.id, counterpartyId: null });
    expect(result.state).toMatchObject({ kind: "transfer", amountMinor: 200_00n, description: "Office paper", counterpartyId: null, destinationAccountId: books.reserveBank.id, revisedFromId: old.id });
  });

  it("refuses a movement that is not rejected, one already revised, an unknown one and a viewer, each with its code", async () => {
    const pending = (await requestMovement(t.db, actorFor(org, "clerk"), { kind: "transfer", description: "To reserve", amountMinor: 10_00n, sourceAccountId: books.operatingBank.id, destinationAccountId: books.reserveBank.id })).state;
    await expectRefused(t.db, org.organizationId, () => reviseRejectedMovement(t.db, actorFor(org, "clerk"), { movementId: pending.id }), "MOVEMENT_NOT_REJECTED");
    await cancelMovement(t.db, actorFor(org, "clerk"), { movementId: pending.id });
    await expectRefused(t.db, org.organizationId, () => reviseRejectedMovement(t.db, actorFor(org, "clerk"), { movementId: pending.id }), "MOVEMENT_NOT_REJECTED");
    const old = await rejected();
    const first = await reviseRejectedMovement(t.db, actorFor(org, "clerk"), { movementId: old.id });
    const error = await expectRefused(t.db, org.organizationId, () => reviseRejectedMovement(t.db, actorFor(org, "admin"), { movementId: old.id, amountMinor: 1n }), "MOVEMENT_ALREADY_REVISED");
    expect(error.message).toBe(`${old.number} was already revised by ${first.state.number}.`);
    await expectRefused(t.db, org.organizationId, () => reviseRejectedMovement(t.db, actorFor(org, "clerk"), { movementId: randomUUID() }), "MOVEMENT_NOT_FOUND");
    const other = await rejected();
    await expectRefused(t.db, org.organizationId, () => reviseRejectedMovement(t.db, actorFor(org, "viewer"), { movementId: other.id }), "NOT_PERMITTED");
  });

  it("replays a retry with the same key and writes nothing more", async () => {
    const old = await rejected();
    const first = await reviseRejectedMovement(t.db, actorFor(org, "clerk"), { movementId: old.id, amountMinor: 450_00n }, { idempotencyKey: "revise-1-key" });
    const before = await countSideEffects(t.db, org.organizationId);
    expect(await reviseRejectedMovement(t.db, actorFor(org, "clerk"), { movementId: old.id, amountMinor: 450_00n }, { idempotencyKey: "revise-1-key" })).toEqual({ ...first, replayed: true });
    expect(await countSideEffects(t.db, org.organizationId)).toEqual(before);
  });
});
