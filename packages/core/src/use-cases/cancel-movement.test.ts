import {
  actorFor,
  actorsFor,
  countSideEffects,
  createTestDatabase,
  createTestOrganization,
  expectDelta,
  expectRefused,
  fundAccount,
  ledgerViolations,
  seedLedger,
  type SeededLedger,
  type TestDatabase,
  type TestOrganization,
} from "@closebook/db/testing";
import type { MovementRecord } from "@closebook/db";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approveMovement } from "./approve-movement";
import { cancelMovement } from "./cancel-movement";
import { createAccount } from "./create-account";
import { createCounterparty } from "./create-counterparty";
import { postManualJournalEntry } from "./post-manual-journal-entry";
import { requestMovement } from "./request-movement";

let t: TestDatabase;
let org: TestOrganization;
let books: SeededLedger;

async function request(amountMinor: bigint, by = actorFor(org, "clerk"), sourceAccountId = books.operatingBank.id): Promise<MovementRecord> {
  const { state } = await requestMovement(t.db, by, {
    kind: "vendor_payment",
    description: "Supplies",
    amountMinor,
    sourceAccountId,
    destinationAccountId: books.expenses.id,
    counterpartyId: books.vendor.id,
  });
  return state;
}

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 4 });
  org = await createTestOrganization(t.db, ["viewer", "clerk", "clerk", "approver", "controller", "admin"]);
  books = await seedLedger(t.db, org, { createAccount, createCounterparty });
  await fundAccount(t.db, org, postManualJournalEntry, { accountId: books.operatingBank.id, fromAccountId: books.equity.id, amountMinor: 100_000_00n });
});
afterAll(async () => {
  expect(await ledgerViolations(t.db, org.organizationId)).toEqual([]);
  await t.destroy();
});

describe("cancel-movement", () => {
  it("lets the requester withdraw a pending movement: one audit event, nothing else", async () => {
    const movement = await request(2_000_00n);
    await approveMovement(t.db, actorFor(org, "approver"), { movementId: movement.id });
    const before = await countSideEffects(t.db, org.organizationId);
    const result = await cancelMovement(t.db, actorFor(org, "clerk"), { movementId: movement.id, reason: "Paid by card instead" });
    expect(result.state).toMatchObject({ status: "cancelled", decisionReason: "Paid by card instead", entryId: null });
    expect(result.message).toBe(`Cancelled ${movement.number}.`);
    expect(result.triggered).toEqual(["recorded audit event movement.cancelled"]);
    expectDelta(before, await countSideEffects(t.db, org.organizationId), { auditEvents: 1 });
  });

  it("refuses anyone else but an admin with NOT_REQUESTER", async () => {
    const movement = await request(10_00n);
    const [, otherClerk] = actorsFor(org, "clerk");
    if (!otherClerk) throw new Error("two clerks expected");
    for (const actor of [otherClerk, actorFor(org, "approver"), actorFor(org, "controller")]) {
      await expectRefused(t.db, org.organizationId, () => cancelMovement(t.db, actor, { movementId: movement.id }), "NOT_REQUESTER");
    }
    expect((await cancelMovement(t.db, actorFor(org, "admin"), { movementId: movement.id, reason: "Cleanup" })).state.status).toBe("cancelled");
  });

  it("refuses a posted or already cancelled movement with MOVEMENT_NOT_PENDING, and approving a cancelled one too", async () => {
    const posted = await request(10_00n);
    await approveMovement(t.db, actorFor(org, "approver"), { movementId: posted.id });
    await expectRefused(t.db, org.organizationId, () => cancelMovement(t.db, actorFor(org, "clerk"), { movementId: posted.id }), "MOVEMENT_NOT_PENDING");
    const cancelled = await request(10_00n);
    await cancelMovement(t.db, actorFor(org, "clerk"), { movementId: cancelled.id });
    await expectRefused(t.db, org.organizationId, () => cancelMovement(t.db, actorFor(org, "clerk"), { movementId: cancelled.id }), "MOVEMENT_NOT_PENDING");
    await expectRefused(t.db, org.organizationId, () => approveMovement(t.db, actorFor(org, "approver"), { movementId: cancelled.id }), "MOVEMENT_NOT_PENDING");
  });

  it("releases the funds the movement held", async () => {
    const { state: guarded } = await createAccount(t.db, actorFor(org, "controller"), {
      code: "1040",
      name: "Payroll bank",
      type: "asset",
      currency: "EUR",
      isBankAccount: true,
      minimumBalancePolicy: "block",
    });
    await fundAccount(t.db, org, postManualJournalEntry, { accountId: guarded.id, fromAccountId: books.equity.id, amountMinor: 1_000_00n });
    const held = await request(800_00n, actorFor(org, "clerk"), guarded.id);
    await expectRefused(t.db, org.organizationId, () => request(500_00n, actorFor(org, "clerk"), guarded.id), "INSUFFICIENT_FUNDS");
    await cancelMovement(t.db, actorFor(org, "clerk"), { movementId: held.id });
    expect((await request(500_00n, actorFor(org, "clerk"), guarded.id)).status).toBe("pending_approval");
  });

  it("refuses viewers with NOT_PERMITTED and unknown movements with MOVEMENT_NOT_FOUND", async () => {
    const movement = await request(10_00n);
    await expectRefused(t.db, org.organizationId, () => cancelMovement(t.db, actorFor(org, "viewer"), { movementId: movement.id }), "NOT_PERMITTED");
    await expectRefused(t.db, org.organizationId, () => cancelMovement(t.db, actorFor(org, "clerk"), { movementId: randomUUID() }), "MOVEMENT_NOT_FOUND");
  });

  it("replays a retry with the same key and changes nothing", async () => {
    const movement = await request(10_00n);
    const first = await cancelMovement(t.db, actorFor(org, "clerk"), { movementId: movement.id }, { idempotencyKey: "cancel-1" });
    const before = await countSideEffects(t.db, org.organizationId);
    expect(await cancelMovement(t.db, actorFor(org, "clerk"), { movementId: movement.id }, { idempotencyKey: "cancel-1" })).toEqual({ ...first, replayed: true });
    expect(await countSideEffects(t.db, org.organizationId)).toEqual(before);
    await expectRefused(t.db, org.organizationId, () => cancelMovement(t.db, actorFor(org, "clerk"), { movementId: movement.id, reason: "x" }, { idempotencyKey: "cancel-1" }), "IDEMPOTENCY_KEY_REUSED");
  });
});
