import {
  actorFor,
  actorsFor,
  createTestDatabase,
  createTestOrganization,
  expectRefused,
  fundAccount,
  seedLedger,
  type SeededLedger,
  type TestActor,
  type TestDatabase,
  type TestOrganization,
} from "@closebook/db/testing";
import type { MovementRecord } from "@closebook/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approveMovement } from "../use-cases/approve-movement";
import { cancelMovement } from "../use-cases/cancel-movement";
import { createAccount } from "../use-cases/create-account";
import { createCounterparty } from "../use-cases/create-counterparty";
import { postManualJournalEntry } from "../use-cases/post-manual-journal-entry";
import { rejectMovement } from "../use-cases/reject-movement";
import { requestMovement } from "../use-cases/request-movement";
import { reviseRejectedMovement } from "../use-cases/revise-rejected-movement";
import { getMovement, listApprovalInbox, listMovements } from "./movement-queries";

let t: TestDatabase;
let org: TestOrganization;
let books: SeededLedger;

async function request(amountMinor: bigint, by: TestActor = actorFor(org, "clerk")): Promise<MovementRecord> {
  const { state } = await requestMovement(t.db, by, {
    kind: "vendor_payment",
    description: "Supplies",
    amountMinor,
    sourceAccountId: books.operatingBank.id,
    destinationAccountId: books.payable.id,
    counterpartyId: books.vendor.id,
  });
  return state;
}

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 4 });
  org = await createTestOrganization(t.db, ["viewer", "clerk", "clerk", "approver", "approver", "controller", "admin"]);
  books = await seedLedger(t.db, org, { createAccount, createCounterparty });
  await fundAccount(t.db, org, postManualJournalEntry, { accountId: books.operatingBank.id, fromAccountId: books.equity.id, amountMinor: 1_000_000_00n });
});
afterAll(() => t.destroy());

/** Every refused verdict is the refusal the use case then answers with (same code, same sentence), writing nothing. */
async function expectVerdictsHold(actor: TestActor, movementId: string) {
  const { movement } = await getMovement(t.db, actor, { movementId });
  const calls = {
    approve: () => approveMovement(t.db, actor, { movementId }),
    reject: () => rejectMovement(t.db, actor, { movementId, reason: "Not this one" }),
    cancel: () => cancelMovement(t.db, actor, { movementId }),
  };
  for (const [action, verdict] of Object.entries(movement.allowedActions) as [keyof typeof calls, (typeof movement.allowedActions)["approve"]][]) {
    if (!verdict.allowed) {
      const error = await expectRefused(t.db, org.organizationId, calls[action], verdict.code);
      // The runner words a missing permission its own way; every other refusal is the same sentence.
      if (verdict.code !== "NOT_PERMITTED") expect(error.message, `${actor.role} ${action}`).toBe(verdict.reason);
    }
  }
  expect(movement.canDecide).toBe(movement.allowedActions.approve.allowed);
  return movement.allowedActions;
}

describe("allowed actions on movements", () => {
  it("gives each member the verdicts the use cases then apply", async () => {
    const requester = actorFor(org, "clerk");
    const m = await request(60_000_00n, requester);
    const [firstApprover] = actorsFor(org, "approver");
    if (!firstApprover) throw new Error("no approver");

    const viewer = await expectVerdictsHold(actorFor(org, "viewer"), m.id);
    expect([viewer.approve, viewer.reject, viewer.cancel].map((v) => (v.allowed ? "yes" : v.code))).toEqual(["NOT_PERMITTED", "NOT_PERMITTED", "NOT_PERMITTED"]);
    const own = await expectVerdictsHold(requester, m.id);
    expect([own.approve, own.reject, own.cancel].map((v) => (v.allowed ? "yes" : v.code))).toEqual(["NOT_PERMITTED", "NOT_PERMITTED", "yes"]);
    const otherClerk = await expectVerdictsHold(actorsFor(org, "clerk")[1] ?? requester, m.id);
    expect(otherClerk.cancel).toMatchObject({ allowed: false, code: "NOT_REQUESTER" });
    expect((await expectVerdictsHold(firstApprover, m.id)).approve.allowed).toBe(true);

    await approveMovement(t.db, firstApprover, { movementId: m.id });
    const after = await expectVerdictsHold(firstApprover, m.id);
    expect(after.approve).toMatchObject({ allowed: false, code: "ALREADY_APPROVED_BY_YOU" });
    // Only a controller's approval is missing: the second approver may not approve, but may reject.
    const second = actorsFor(org, "approver")[1];
    if (!second) throw new Error("no second approver");
    const secondVerdicts = await expectVerdictsHold(second, m.id);
    expect(secondVerdicts.approve).toMatchObject({ allowed: false, code: "APPROVER_ROLE_TOO_LOW" });
    expect(secondVerdicts.reject.allowed).toBe(true);
    expect((await expectVerdictsHold(actorFor(org, "controller"), m.id)).approve.allowed).toBe(true);
    expect((await expectVerdictsHold(actorFor(org, "admin"), m.id)).cancel.allowed).toBe(true);

    // The inbox lists what the caller can approve now, with the same verdicts.
    expect((await listApprovalInbox(t.db, second)).some((x) => x.id === m.id)).toBe(false);
    const inbox = await listApprovalInbox(t.db, actorFor(org, "controller"));
    expect(inbox.find((x) => x.id === m.id)?.allowedActions.approve).toEqual({ allowed: true });

    await approveMovement(t.db, actorFor(org, "controller"), { movementId: m.id });
    const posted = await expectVerdictsHold(actorFor(org, "admin"), m.id);
    expect([posted.approve, posted.reject, posted.cancel].map((v) => (v.allowed ? "yes" : v.code))).toEqual(["MOVEMENT_NOT_PENDING", "MOVEMENT_NOT_PENDING", "MOVEMENT_NOT_PENDING"]);
    const listed = await listMovements(t.db, actorFor(org, "admin"), { status: "posted" });
    expect(listed.items.find((x) => x.id === m.id)?.allowedActions).toEqual(posted);
  });

  it("links a revision and the rejected movement it revises both ways; revise is allowed once, by the rule the use case applies", async () => {
    const clerk = actorFor(org, "clerk");
    const m = await request(120_00n, clerk);
    const pending = await getMovement(t.db, clerk, { movementId: m.id });
    expect(pending.revise).toMatchObject({ allowed: false, code: "MOVEMENT_NOT_REJECTED" });
    expect([pending.revisedFrom, pending.revisedBy]).toEqual([null, null]);
    await rejectMovement(t.db, actorFor(org, "approver"), { movementId: m.id, reason: "Wrong vendor" });
    expect((await getMovement(t.db, clerk, { movementId: m.id })).revise).toEqual({ allowed: true });
    const viewerVerdict = (await getMovement(t.db, actorFor(org, "viewer"), { movementId: m.id })).revise;
    expect(viewerVerdict).toMatchObject({ allowed: false, code: "NOT_PERMITTED" });

    const revised = await reviseRejectedMovement(t.db, clerk, { movementId: m.id, amountMinor: 110_00n });
    const old = await getMovement(t.db, clerk, { movementId: m.id });
    expect(old.revisedBy).toEqual({ id: revised.state.id, number: revised.state.number });
    expect(old.revise).toMatchObject({ allowed: false, code: "MOVEMENT_ALREADY_REVISED" });
    if (!old.revise.allowed) await expectRefused(t.db, org.organizationId, () => reviseRejectedMovement(t.db, clerk, { movementId: m.id }), old.revise.code);
    const fresh = await getMovement(t.db, clerk, { movementId: revised.state.id });
    expect(fresh.revisedFrom).toEqual({ id: m.id, number: m.number });
    expect(fresh.movement.status).toBe("pending_approval");
  });

  it("refuses an unknown movement id with MOVEMENT_NOT_FOUND", async () => {
    await expectRefused(t.db, org.organizationId, () => getMovement(t.db, actorFor(org, "viewer"), { movementId: "00000000-0000-4000-8000-000000000000" }), "MOVEMENT_NOT_FOUND");
  });
});
