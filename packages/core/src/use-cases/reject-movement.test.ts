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
import { ZodError } from "zod";
import { approveMovement } from "./approve-movement";
import { cancelMovement } from "./cancel-movement";
import { createAccount } from "./create-account";
import { createCounterparty } from "./create-counterparty";
import { postManualJournalEntry } from "./post-manual-journal-entry";
import { rejectMovement } from "./reject-movement";
import { requestMovement } from "./request-movement";
import { updateApprovalPolicy } from "./update-approval-policy";

let t: TestDatabase;
let org: TestOrganization;
let books: SeededLedger;

async function request(amountMinor: bigint, by = actorFor(org, "clerk"), currency: "EUR" | "USD" = "EUR"): Promise<MovementRecord> {
  const { state } = await requestMovement(t.db, by, {
    kind: "transfer",
    description: "Move cash",
    amountMinor,
    sourceAccountId: currency === "EUR" ? books.operatingBank.id : books.dollarBank.id,
    destinationAccountId: currency === "EUR" ? books.reserveBank.id : dollarReserve,
  });
  return state;
}
let dollarReserve: string;

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 4 });
  org = await createTestOrganization(t.db);
  books = await seedLedger(t.db, org, { createAccount, createCounterparty });
  await fundAccount(t.db, org, postManualJournalEntry, { accountId: books.operatingBank.id, fromAccountId: books.equity.id, amountMinor: 100_000_00n });
  dollarReserve = (await createAccount(t.db, actorFor(org, "controller"), { code: "1091", name: "Dollar reserve", type: "asset", currency: "USD", isBankAccount: true })).state.id;
});
afterAll(async () => {
  expect(await ledgerViolations(t.db, org.organizationId)).toEqual([]);
  await t.destroy();
});

describe("reject-movement", () => {
  it("rejects with the reason, notifies the requester and gives them a task to revise it", async () => {
    const movement = await request(2_000_00n);
    await approveMovement(t.db, actorFor(org, "approver"), { movementId: movement.id });
    const before = await countSideEffects(t.db, org.organizationId);
    const result = await rejectMovement(t.db, actorFor(org, "controller"), { movementId: movement.id, reason: "Wrong reserve account" });
    expect(result.state).toMatchObject({ status: "rejected", decisionReason: "Wrong reserve account", entryId: null });
    expect(result.message).toBe(`Rejected ${movement.number}.`);
    expect(result.triggered).toEqual(["notified 1 requester", `created task 'Revise rejected movement ${movement.number}'`]);
    expect(result.warnings).toEqual([]);
    expectDelta(before, await countSideEffects(t.db, org.organizationId), { auditEvents: 1, notifications: 1, jobs: 1, tasks: 1 });
    const notification = (await notificationsAbout(t.db, org.organizationId, movement.id)).find((n) => n.title.endsWith("rejected"));
    expect(notification).toMatchObject({ userId: org.member("clerk").userId, body: "Your 2,000.00 EUR movement was rejected: Wrong reserve account" });
    const [task, ...more] = await tasksAbout(t.db, org.organizationId, movement.id);
    expect(more).toEqual([]);
    expect(task).toMatchObject({ title: `Revise rejected movement ${movement.number}`, detail: "Rejected: Wrong reserve account", assigneeUserId: org.member("clerk").userId, status: "open" });
  });

  it("makes a rejected movement refuse approval, another rejection and cancellation with MOVEMENT_NOT_PENDING", async () => {
    const movement = await request(10_00n);
    await rejectMovement(t.db, actorFor(org, "approver"), { movementId: movement.id, reason: "Duplicate" });
    await expectRefused(t.db, org.organizationId, () => approveMovement(t.db, actorFor(org, "controller"), { movementId: movement.id }), "MOVEMENT_NOT_PENDING");
    await expectRefused(t.db, org.organizationId, () => rejectMovement(t.db, actorFor(org, "controller"), { movementId: movement.id, reason: "Again" }), "MOVEMENT_NOT_PENDING");
    await expectRefused(t.db, org.organizationId, () => cancelMovement(t.db, actorFor(org, "clerk"), { movementId: movement.id }), "MOVEMENT_NOT_PENDING");
  });

  it("refuses to reject a posted movement with MOVEMENT_NOT_PENDING", async () => {
    const movement = await request(10_00n);
    await approveMovement(t.db, actorFor(org, "approver"), { movementId: movement.id });
    await expectRefused(t.db, org.organizationId, () => rejectMovement(t.db, actorFor(org, "controller"), { movementId: movement.id, reason: "Too late" }), "MOVEMENT_NOT_PENDING");
  });

  it("refuses the requester with SELF_APPROVAL_FORBIDDEN (they cancel instead)", async () => {
    const movement = await request(10_00n, actorFor(org, "approver"));
    await expectRefused(t.db, org.organizationId, () => rejectMovement(t.db, actorFor(org, "approver"), { movementId: movement.id, reason: "Changed my mind" }), "SELF_APPROVAL_FORBIDDEN");
  });

  it("refuses someone who already approved it with ALREADY_APPROVED_BY_YOU; another approver may still reject", async () => {
    const movement = await request(2_000_00n);
    await approveMovement(t.db, actorFor(org, "approver"), { movementId: movement.id });
    await expectRefused(t.db, org.organizationId, () => rejectMovement(t.db, actorFor(org, "approver"), { movementId: movement.id, reason: "Second thoughts" }), "ALREADY_APPROVED_BY_YOU");
    expect((await rejectMovement(t.db, actorFor(org, "controller"), { movementId: movement.id, reason: "Over budget" })).state.status).toBe("rejected");
  });

  it("refuses a role below the band's minimum with APPROVER_ROLE_TOO_LOW", async () => {
    await updateApprovalPolicy(t.db, actorFor(org, "admin"), { currency: "USD", bands: [{ upToMinor: null, requiredApprovals: 1, minimumRole: "controller" }] });
    const movement = await request(10_00n, actorFor(org, "clerk"), "USD");
    expect(movement.minimumApproverRole).toBe("controller");
    await expectRefused(t.db, org.organizationId, () => rejectMovement(t.db, actorFor(org, "approver"), { movementId: movement.id, reason: "No budget" }), "APPROVER_ROLE_TOO_LOW");
    expect((await rejectMovement(t.db, actorFor(org, "controller"), { movementId: movement.id, reason: "No budget" })).state.status).toBe("rejected");
  });

  it("refuses clerks with NOT_PERMITTED and unknown movements with MOVEMENT_NOT_FOUND", async () => {
    const movement = await request(10_00n);
    await expectRefused(t.db, org.organizationId, () => rejectMovement(t.db, actorFor(org, "clerk"), { movementId: movement.id, reason: "Nope" }), "NOT_PERMITTED");
    await expectRefused(t.db, org.organizationId, () => rejectMovement(t.db, actorFor(org, "approver"), { movementId: randomUUID(), reason: "Nope" }), "MOVEMENT_NOT_FOUND");
  });

  it("requires a reason", async () => {
    const movement = await request(10_00n);
    const error = await rejectMovement(t.db, actorFor(org, "approver"), { movementId: movement.id, reason: " " }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues.map((i) => i.path.join("."))).toEqual(["reason"]);
  });

  it("replays a retry with the same key and changes nothing", async () => {
    const movement = await request(10_00n);
    const input = { movementId: movement.id, reason: "Not needed" };
    const first = await rejectMovement(t.db, actorFor(org, "approver"), input, { idempotencyKey: "reject-1" });
    const before = await countSideEffects(t.db, org.organizationId);
    expect(await rejectMovement(t.db, actorFor(org, "approver"), input, { idempotencyKey: "reject-1" })).toEqual({ ...first, replayed: true });
    expect(await countSideEffects(t.db, org.organizationId)).toEqual(before);
    await expectRefused(t.db, org.organizationId, () => rejectMovement(t.db, actorFor(org, "approver"), { ...input, reason: "Other" }, { idempotencyKey: "reject-1" }), "IDEMPOTENCY_KEY_REUSED");
  });
});
