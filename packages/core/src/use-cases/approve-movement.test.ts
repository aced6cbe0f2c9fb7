import {
  actorFor,
  actorsFor,
  closePeriod,
  countSideEffects,
  createTestDatabase,
  createTestOrganization,
  expectDelta,
  expectRefused,
  fundAccount,
  ledgerViolations,
  notificationsAbout,
  reopenPeriod,
  seedLedger,
  storedBalance,
  type SeededLedger,
  type TestDatabase,
  type TestOrganization,
} from "@closebook/db/testing";
import type { MovementRecord } from "@closebook/db";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { approveMovement, mayDecide } from "./approve-movement";
import { cancelMovement } from "./cancel-movement";
import { createAccount } from "./create-account";
import { createCounterparty } from "./create-counterparty";
import { postManualJournalEntry } from "./post-manual-journal-entry";
import { rejectMovement } from "./reject-movement";
import { requestMovement, type RequestMovementInput } from "./request-movement";

let t: TestDatabase;
let org: TestOrganization;
let books: SeededLedger;

async function request(amountMinor: bigint, extra: Partial<RequestMovementInput> = {}, by = actorFor(org, "clerk")): Promise<MovementRecord> {
  const { state } = await requestMovement(t.db, by, {
    kind: "vendor_payment",
    description: "Supplies",
    amountMinor,
    sourceAccountId: books.operatingBank.id,
    destinationAccountId: books.payable.id,
    counterpartyId: books.vendor.id,
    ...extra,
  });
  return state;
}

const approvers = () => actorsFor(org, "approver");
const controllers = () => actorsFor(org, "controller");

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 4 });
  org = await createTestOrganization(t.db, ["viewer", "clerk", "clerk", "approver", "approver", "approver", "controller", "controller", "admin"]);
  books = await seedLedger(t.db, org, { createAccount, createCounterparty });
  await fundAccount(t.db, org, postManualJournalEntry, { accountId: books.operatingBank.id, fromAccountId: books.equity.id, amountMinor: 1_000_000_00n });
});
afterAll(async () => {
  expect(await ledgerViolations(t.db, org.organizationId)).toEqual([]);
  await t.destroy();
});

describe("approve-movement: the approval that completes the band posts at once", () => {
  it("≤ 1,000.00: one approval posts DR destination / CR bank and tells the requester", async () => {
    const movement = await request(750_00n);
    const [bank, payable] = [await storedBalance(t.db, books.operatingBank.id), await storedBalance(t.db, books.payable.id)];
    const before = await countSideEffects(t.db, org.organizationId);
    const result = await approveMovement(t.db, actorFor(org, "approver"), { movementId: movement.id });
    expect(result.state).toMatchObject({ status: "posted", approvals: [expect.objectContaining({ approverId: org.member("approver").userId, approverRole: "approver" })] });
    const entry = await t.db.read.ledger.findEntry(org.organizationId, result.state.entryId ?? "");
    expect(result.message).toBe(`Approved ${movement.number}: all approvals given, posted as ${entry?.number}.`);
    expect(result.triggered).toEqual([`posted ${entry?.number}`, "notified 1 requester"]);
    expect(result.warnings).toEqual([]);
    expect(entry).toMatchObject({ source: "movement", sourceId: movement.id, effectiveDate: movement.effectiveDate, memo: `${movement.number}: Supplies` });
    expect(entry?.lines.map((l) => [l.accountId, l.debitMinor, l.creditMinor])).toEqual([
      [books.payable.id, 750_00n, 0n],
      [books.operatingBank.id, 0n, 750_00n],
    ]);
    // movement.approved, journal_entry.posted, movement.posted
    expectDelta(before, await countSideEffects(t.db, org.organizationId), { approvals: 1, journalEntries: 1, journalLines: 2, auditEvents: 3, notifications: 1, jobs: 1 });
    expect(await storedBalance(t.db, books.operatingBank.id)).toBe(bank - 750_00n);
    expect(await storedBalance(t.db, books.payable.id)).toBe(payable + 750_00n);
    const notification = (await notificationsAbout(t.db, org.organizationId, movement.id)).find((n) => n.title.includes("posted"));
    expect(notification).toMatchObject({ userId: org.member("clerk").userId, title: `${movement.number} approved and posted` });
  });

  it("≤ 50,000.00: the first approval leaves it 'awaiting 1 more approval', the second posts it once", async () => {
    const movement = await request(20_000_00n);
    const [first, second] = approvers();
    if (!first || !second) throw new Error("two approvers expected");
    const before = await countSideEffects(t.db, org.organizationId);
    const one = await approveMovement(t.db, first, { movementId: movement.id });
    expect(one.state.status).toBe("pending_approval");
    expect(one.state.approvals).toHaveLength(1);
    expect(one.message).toBe(`Approved ${movement.number}: awaiting 1 more approval.`);
    expect(one.triggered).toEqual(["notified 1 requester"]);
    const middle = await countSideEffects(t.db, org.organizationId);
    expectDelta(before, middle, { approvals: 1, auditEvents: 1, notifications: 1, jobs: 1 });

    const two = await approveMovement(t.db, second, { movementId: movement.id });
    expect(two.state.status).toBe("posted");
    expect(two.state.approvals.map((a) => a.approverId)).toEqual([first.userId, second.userId]);
    expectDelta(middle, await countSideEffects(t.db, org.organizationId), { approvals: 1, journalEntries: 1, journalLines: 2, auditEvents: 3, notifications: 1, jobs: 1 });
    expect(await t.db.read.ledger.entriesForSource(org.organizationId, "movement", movement.id)).toHaveLength(1);
  });

  it("above 50,000.00: after an approver, another approver is refused with APPROVER_ROLE_TOO_LOW; a controller completes it", async () => {
    const movement = await request(60_000_00n);
    const [first, second] = approvers();
    if (!first || !second) throw new Error("two approvers expected");
    const one = await approveMovement(t.db, first, { movementId: movement.id });
    expect(one.message).toBe(`Approved ${movement.number}: awaiting 1 more approval (a controller's).`);
    const error = await expectRefused(t.db, org.organizationId, () => approveMovement(t.db, second, { movementId: movement.id }), "APPROVER_ROLE_TOO_LOW");
    expect(error.message).toBe(`${movement.number} needs a controller's approval now.`);
    const two = await approveMovement(t.db, actorFor(org, "controller"), { movementId: movement.id });
    expect(two.state.status).toBe("posted");
    expect(two.state.approvals.map((a) => a.approverRole)).toEqual(["approver", "controller"]);
  });

  it("above 50,000.00: a controller first, then any approver completes it", async () => {
    const movement = await request(70_000_00n);
    const one = await approveMovement(t.db, actorFor(org, "controller"), { movementId: movement.id });
    expect(one.message).toBe(`Approved ${movement.number}: awaiting 1 more approval.`);
    expect((await approveMovement(t.db, actorFor(org, "approver"), { movementId: movement.id })).state.status).toBe("posted");
  });

  it("above 50,000.00: an admin's approval counts as a controller's", async () => {
    const movement = await request(80_000_00n);
    await approveMovement(t.db, actorFor(org, "approver"), { movementId: movement.id });
    expect((await approveMovement(t.db, actorFor(org, "admin"), { movementId: movement.id })).state.status).toBe("posted");
  });

  it("carries the funds warning of the last approval when the policy is 'warn'", async () => {
    const { state: soft } = await createAccount(t.db, actorFor(org, "controller"), {
      code: "1050",
      name: "Petty bank",
      type: "asset",
      currency: "EUR",
      isBankAccount: true,
      minimumBalanceMinor: 100_00n,
    });
    await fundAccount(t.db, org, postManualJournalEntry, { accountId: soft.id, fromAccountId: books.equity.id, amountMinor: 1_000_00n });
    const movement = await request(950_00n, { sourceAccountId: soft.id });
    const result = await approveMovement(t.db, actorFor(org, "approver"), { movementId: movement.id });
    expect(result.state.status).toBe("posted");
    expect(result.warnings.map((w) => w.code)).toEqual(["BELOW_MINIMUM_BALANCE"]);
    expect(await storedBalance(t.db, soft.id)).toBe(50_00n);
  });
});

describe("approve-movement: refusals write nothing", () => {
  it("refuses the requester with SELF_APPROVAL_FORBIDDEN", async () => {
    const [requester] = approvers();
    if (!requester) throw new Error("approver expected");
    const movement = await request(10_00n, {}, requester);
    await expectRefused(t.db, org.organizationId, () => approveMovement(t.db, requester, { movementId: movement.id }), "SELF_APPROVAL_FORBIDDEN");
  });

  it("refuses a second approval by the same person with ALREADY_APPROVED_BY_YOU", async () => {
    const movement = await request(5_000_00n);
    await approveMovement(t.db, actorFor(org, "approver"), { movementId: movement.id });
    await expectRefused(t.db, org.organizationId, () => approveMovement(t.db, actorFor(org, "approver"), { movementId: movement.id }), "ALREADY_APPROVED_BY_YOU");
  });

  it("refuses clerks and viewers with NOT_PERMITTED", async () => {
    const movement = await request(10_00n);
    for (const role of ["viewer", "clerk"] as const) {
      await expectRefused(t.db, org.organizationId, () => approveMovement(t.db, actorFor(org, role), { movementId: movement.id }), "NOT_PERMITTED");
    }
  });

  it("refuses a posted, a rejected and a cancelled movement with MOVEMENT_NOT_PENDING", async () => {
    const posted = await request(10_00n);
    await approveMovement(t.db, actorFor(org, "approver"), { movementId: posted.id });
    const rejected = await request(10_00n);
    await rejectMovement(t.db, actorFor(org, "controller"), { movementId: rejected.id, reason: "Not budgeted" });
    const cancelled = await request(10_00n);
    await cancelMovement(t.db, actorFor(org, "clerk"), { movementId: cancelled.id });
    for (const movement of [posted, rejected, cancelled]) {
      await expectRefused(t.db, org.organizationId, () => approveMovement(t.db, controllers()[1] ?? actorFor(org, "admin"), { movementId: movement.id }), "MOVEMENT_NOT_PENDING");
    }
  });

  it("refuses an unknown movement with MOVEMENT_NOT_FOUND", async () => {
    await expectRefused(t.db, org.organizationId, () => approveMovement(t.db, actorFor(org, "approver"), { movementId: randomUUID() }), "MOVEMENT_NOT_FOUND");
  });

  it("refuses the last approval with INSUFFICIENT_FUNDS when the account (policy 'block') no longer covers it", async () => {
    const { state: guarded } = await createAccount(t.db, actorFor(org, "controller"), {
      code: "1040",
      name: "Payroll bank",
      type: "asset",
      currency: "EUR",
      isBankAccount: true,
      minimumBalancePolicy: "block",
    });
    await fundAccount(t.db, org, postManualJournalEntry, { accountId: guarded.id, fromAccountId: books.equity.id, amountMinor: 1_000_00n });
    const movement = await request(800_00n, { sourceAccountId: guarded.id });
    // Money leaves the account another way meanwhile.
    await postManualJournalEntry(t.db, actorFor(org, "controller"), {
      effectiveDate: movement.effectiveDate,
      memo: "Bank charges",
      lines: [
        { accountId: books.expenses.id, debitMinor: 500_00n },
        { accountId: guarded.id, creditMinor: 500_00n },
      ],
    });
    const error = await expectRefused(t.db, org.organizationId, () => approveMovement(t.db, actorFor(org, "approver"), { movementId: movement.id }), "INSUFFICIENT_FUNDS");
    expect(error.details).toMatchObject({ availableMinor: 500_00n });
    const after = await t.db.read.movements.findById(org.organizationId, movement.id);
    expect(after).toMatchObject({ status: "pending_approval", approvals: [] });
  });

  it("refuses the last approval with PERIOD_CLOSED when the movement's date is in a closed period, and posts once it reopens", async () => {
    const movement = await request(10_00n, { effectiveDate: "2026-04-10" });
    await closePeriod(t.db, org, "2026-04-01");
    await expectRefused(t.db, org.organizationId, () => approveMovement(t.db, actorFor(org, "approver"), { movementId: movement.id }), "PERIOD_CLOSED");
    await reopenPeriod(t.db, org, "2026-04-01");
    expect((await approveMovement(t.db, actorFor(org, "approver"), { movementId: movement.id })).state.status).toBe("posted");
  });
});

describe("approve-movement: retries", () => {
  it("replays a retry with the same key and changes nothing; refuses the key for another movement", async () => {
    const movement = await request(3_000_00n);
    const first = await approveMovement(t.db, actorFor(org, "approver"), { movementId: movement.id }, { idempotencyKey: "approve-1" });
    const before = await countSideEffects(t.db, org.organizationId);
    expect(await approveMovement(t.db, actorFor(org, "approver"), { movementId: movement.id }, { idempotencyKey: "approve-1" })).toEqual({ ...first, replayed: true });
    expect(await countSideEffects(t.db, org.organizationId)).toEqual(before);
    const other = await request(10_00n);
    await expectRefused(t.db, org.organizationId, () => approveMovement(t.db, actorFor(org, "approver"), { movementId: other.id }, { idempotencyKey: "approve-1" }), "IDEMPOTENCY_KEY_REUSED");
  });
});

describe("mayDecide", () => {
  it("lets roles at or above the band's minimum decide", () => {
    expect(mayDecide("approver", { minimumApproverRole: "approver" })).toBe(true);
    expect(mayDecide("approver", { minimumApproverRole: "controller" })).toBe(false);
    expect(mayDecide("admin", { minimumApproverRole: "controller" })).toBe(true);
    expect(mayDecide("controller", { minimumApproverRole: "not-a-role" })).toBe(false);
  });
});
