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
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { today } from "../shared/dates";
import { approveMovement } from "./approve-movement";
import { createAccount, type CreateAccountInput } from "./create-account";
import { createCounterparty } from "./create-counterparty";
import { postManualJournalEntry } from "./post-manual-journal-entry";
import { requestMovement, type RequestMovementInput } from "./request-movement";

let t: TestDatabase;
let org: TestOrganization;
let books: SeededLedger;
const year = today().getUTCFullYear();

const payment = (amountMinor: bigint, extra: Partial<RequestMovementInput> = {}): RequestMovementInput => ({
  kind: "vendor_payment",
  description: "Office paper",
  amountMinor,
  sourceAccountId: books.operatingBank.id,
  destinationAccountId: books.expenses.id,
  counterpartyId: books.vendor.id,
  ...extra,
});

async function bank(code: string, extra: Partial<CreateAccountInput> = {}, fundedMinor = 0n) {
  const { state } = await createAccount(t.db, actorFor(org, "controller"), { code, name: `Bank ${code}`, type: "asset", currency: "EUR", isBankAccount: true, ...extra });
  if (fundedMinor > 0n) await fundAccount(t.db, org, postManualJournalEntry, { accountId: state.id, fromAccountId: books.equity.id, amountMinor: fundedMinor });
  return state;
}

async function tasksFor(movementId: string) {
  return tasksAbout(t.db, org.organizationId, movementId);
}

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 4 });
  org = await createTestOrganization(t.db, ["viewer", "clerk", "clerk", "approver", "approver", "controller", "admin"]);
  books = await seedLedger(t.db, org, { createAccount, createCounterparty });
  await fundAccount(t.db, org, postManualJournalEntry, { accountId: books.operatingBank.id, fromAccountId: books.equity.id, amountMinor: 10_000_000_00n });
});
afterAll(async () => {
  expect(await ledgerViolations(t.db, org.organizationId)).toEqual([]);
  await t.destroy();
});

describe("request-movement: approval bands of the default policy", () => {
  it("≤ 1,000.00: one approval; the four members who can approve are notified, each with a delivery job", async () => {
    const before = await countSideEffects(t.db, org.organizationId);
    const result = await requestMovement(t.db, actorFor(org, "clerk"), payment(1_000_00n));
    expect(result.state).toMatchObject({
      status: "pending_approval",
      requiredApprovals: 1,
      minimumApproverRole: "approver",
      requiresController: false,
      amountMinor: 1_000_00n,
      currency: "EUR",
      requestedBy: org.member("clerk").userId,
      effectiveDate: today(),
      entryId: null,
      approvals: [],
    });
    expect(result.state.number).toMatch(new RegExp(`^MV-${year}-\\d{6}$`));
    expect(result.message).toBe(`Requested ${result.state.number}: payment of 1,000.00 EUR to Paper Supplies Ltd. It needs 1 approval (up to 1,000.00 EUR).`);
    expect(result.triggered).toEqual(["recorded audit event movement.requested", "notified 4 approvers"]);
    expect(result.warnings).toEqual([]);
    expectDelta(before, await countSideEffects(t.db, org.organizationId), { movements: 1, auditEvents: 1, notifications: 4, jobs: 4 });

    const notified = await notificationsAbout(t.db, org.organizationId, result.state.id);
    const canApprove = org.members.filter((m) => ["approver", "controller", "admin"].includes(m.role)).map((m) => m.userId);
    expect(notified.map((n) => n.userId).sort()).toEqual([...canApprove].sort());
    expect(notified[0]).toMatchObject({ title: `Approval needed: ${result.state.number}`, link: `/movements/${result.state.id}`, entityType: "movement" });
    const jobs = await t.db.read.jobs.pending("deliver-notification");
    expect(jobs.filter((j) => notified.some((n) => (j.payload as { notificationId: string }).notificationId === n.id))).toHaveLength(4);
    expect(await tasksFor(result.state.id)).toEqual([]);
  });

  it("1,000.01 to 50,000.00: two approvals", async () => {
    for (const amount of [1_000_01n, 50_000_00n]) {
      const result = await requestMovement(t.db, actorFor(org, "clerk"), payment(amount));
      expect(result.state).toMatchObject({ requiredApprovals: 2, minimumApproverRole: "approver", requiresController: false });
      expect(result.message).toMatch(/It needs 2 approvals \(up to 50,000\.00 EUR\)\.$/);
      expect(await tasksFor(result.state.id)).toEqual([]);
    }
  });

  it("above 50,000.00: two approvals including a controller's, and a 'Review large payment' task for controllers", async () => {
    const before = await countSideEffects(t.db, org.organizationId);
    const result = await requestMovement(t.db, actorFor(org, "clerk"), payment(50_000_01n));
    expect(result.state).toMatchObject({ requiredApprovals: 2, minimumApproverRole: "approver", requiresController: true });
    expect(result.message).toBe(`Requested ${result.state.number}: payment of 50,000.01 EUR to Paper Supplies Ltd. It needs 2 approvals, one from a controller (above 50,000.00 EUR).`);
    expect(result.triggered).toEqual(["recorded audit event movement.requested", "notified 4 approvers", `created task 'Review large payment ${result.state.number}'`]);
    expectDelta(before, await countSideEffects(t.db, org.organizationId), { movements: 1, auditEvents: 1, notifications: 4, jobs: 4, tasks: 1 });
    const [task] = await tasksFor(result.state.id);
    expect(task).toMatchObject({
      title: `Review large payment ${result.state.number}`,
      assigneeRole: "controller",
      assigneeUserId: null,
      status: "open",
      entityType: "movement",
      dedupeKey: `review-large:${result.state.id}`,
    });
  });

  it("does not notify the requester: an approver requesting notifies the three others", async () => {
    const result = await requestMovement(t.db, actorFor(org, "approver"), payment(10_00n));
    expect(result.triggered).toEqual(["recorded audit event movement.requested", "notified 3 approvers"]);
  });

  it("describes a transfer between own bank accounts", async () => {
    const result = await requestMovement(t.db, actorFor(org, "clerk"), {
      kind: "transfer",
      description: "Top up reserve",
      amountMinor: 500_00n,
      sourceAccountId: books.operatingBank.id,
      destinationAccountId: books.reserveBank.id,
    });
    expect(result.message).toBe(`Requested ${result.state.number}: transfer of 500.00 EUR to Reserve bank. It needs 1 approval (up to 1,000.00 EUR).`);
  });
});

describe("request-movement: accounts and funds", () => {
  it("refuses a frozen source with ACCOUNT_FROZEN and a closed one with ACCOUNT_CLOSED", async () => {
    const frozen = await bank("1031", { status: "frozen" });
    const error = await expectRefused(t.db, org.organizationId, () => requestMovement(t.db, actorFor(org, "clerk"), payment(10_00n, { sourceAccountId: frozen.id })), "ACCOUNT_FROZEN");
    expect(error.details).toMatchObject({ field: "sourceAccountId" });
    const closed = await bank("1032", { status: "closed" });
    await expectRefused(t.db, org.organizationId, () => requestMovement(t.db, actorFor(org, "clerk"), payment(10_00n, { sourceAccountId: closed.id })), "ACCOUNT_CLOSED");
  });

  it("refuses a frozen destination with ACCOUNT_FROZEN", async () => {
    const { state: frozenExpense } = await createAccount(t.db, actorFor(org, "controller"), { code: "6100", name: "Old expenses", type: "expense", currency: "EUR", status: "frozen" });
    const error = await expectRefused(t.db, org.organizationId, () => requestMovement(t.db, actorFor(org, "clerk"), payment(10_00n, { destinationAccountId: frozenExpense.id })), "ACCOUNT_FROZEN");
    expect(error.details).toMatchObject({ field: "destinationAccountId" });
  });

  it("blocks a movement below the minimum balance with INSUFFICIENT_FUNDS when the account's policy is 'block'", async () => {
    const guarded = await bank("1040", { minimumBalanceMinor: 100_00n, minimumBalancePolicy: "block" }, 1_000_00n);
    const error = await expectRefused(t.db, org.organizationId, () => requestMovement(t.db, actorFor(org, "clerk"), payment(900_01n, { sourceAccountId: guarded.id })), "INSUFFICIENT_FUNDS");
    expect(error.details).toMatchObject({ field: "amountMinor", availableMinor: 1_000_00n });
    // Down to the minimum exactly is allowed.
    const ok = await requestMovement(t.db, actorFor(org, "clerk"), payment(900_00n, { sourceAccountId: guarded.id }));
    expect(ok.warnings).toEqual([]);
    // The pending movement is already committed: nothing more is available.
    const again = await expectRefused(t.db, org.organizationId, () => requestMovement(t.db, actorFor(org, "clerk"), payment(1n, { sourceAccountId: guarded.id })), "INSUFFICIENT_FUNDS");
    expect(again.details).toMatchObject({ availableMinor: 100_00n });
  });

  it("blocks overdrawing an account without a minimum when its policy is 'block'", async () => {
    const strict = await bank("1041", { minimumBalancePolicy: "block" }, 50_00n);
    await expectRefused(t.db, org.organizationId, () => requestMovement(t.db, actorFor(org, "clerk"), payment(50_01n, { sourceAccountId: strict.id })), "INSUFFICIENT_FUNDS");
  });

  it("only warns with BELOW_MINIMUM_BALANCE when the policy is 'warn'", async () => {
    const soft = await bank("1050", { name: "Petty bank", minimumBalanceMinor: 200_00n, minimumBalancePolicy: "warn" }, 500_00n);
    const result = await requestMovement(t.db, actorFor(org, "clerk"), payment(400_00n, { sourceAccountId: soft.id }));
    expect(result.state.status).toBe("pending_approval");
    expect(result.warnings).toEqual([
      { code: "BELOW_MINIMUM_BALANCE", message: "Petty bank falls below its minimum balance of 200.00 EUR: 100.00 EUR available after this movement." },
    ]);
  });

  it("warns with INSUFFICIENT_AVAILABLE_BALANCE when an account without a minimum would be overdrawn", async () => {
    const empty = await bank("1060", { name: "Empty bank" });
    const result = await requestMovement(t.db, actorFor(org, "clerk"), payment(10_00n, { sourceAccountId: empty.id }));
    expect(result.warnings).toEqual([{ code: "INSUFFICIENT_AVAILABLE_BALANCE", message: "Empty bank has only 0.00 EUR available for 10.00 EUR." }]);
  });

  it("refuses unusable accounts with ACCOUNT_NOT_USABLE", async () => {
    const clerk = actorFor(org, "clerk");
    await expectRefused(t.db, org.organizationId, () => requestMovement(t.db, clerk, payment(1_00n, { sourceAccountId: books.receivable.id })), "ACCOUNT_NOT_USABLE");
    await expectRefused(t.db, org.organizationId, () => requestMovement(t.db, clerk, payment(1_00n, { destinationAccountId: books.revenue.id })), "ACCOUNT_NOT_USABLE");
    await expectRefused(
      t.db,
      org.organizationId,
      () => requestMovement(t.db, clerk, { kind: "transfer", description: "Not a bank", amountMinor: 1_00n, sourceAccountId: books.operatingBank.id, destinationAccountId: books.expenses.id }),
      "ACCOUNT_NOT_USABLE",
    );
  });

  it("refuses unknown accounts with ACCOUNT_NOT_FOUND, another currency with CURRENCY_MISMATCH, a customer as vendor with COUNTERPARTY_NOT_FOUND", async () => {
    const clerk = actorFor(org, "clerk");
    await expectRefused(t.db, org.organizationId, () => requestMovement(t.db, clerk, payment(1_00n, { destinationAccountId: randomUUID() })), "ACCOUNT_NOT_FOUND");
    await expectRefused(
      t.db,
      org.organizationId,
      () => requestMovement(t.db, clerk, { kind: "transfer", description: "To dollars", amountMinor: 1_00n, sourceAccountId: books.operatingBank.id, destinationAccountId: books.dollarBank.id }),
      "CURRENCY_MISMATCH",
    );
    await expectRefused(t.db, org.organizationId, () => requestMovement(t.db, clerk, payment(1_00n, { counterpartyId: books.customer.id })), "COUNTERPARTY_NOT_FOUND");
  });

  it("rejects a vendor payment without a vendor and a movement to its own source as invalid input", async () => {
    const error = await requestMovement(t.db, actorFor(org, "clerk"), payment(1_00n, { counterpartyId: null, destinationAccountId: books.operatingBank.id })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues.map((i) => i.path.join(".")).sort()).toEqual(["counterpartyId", "destinationAccountId"]);
  });

  it("refuses a viewer with NOT_PERMITTED", async () => {
    await expectRefused(t.db, org.organizationId, () => requestMovement(t.db, actorFor(org, "viewer"), payment(1_00n)), "NOT_PERMITTED");
  });
});

describe("request-movement: unusual amounts", () => {
  it("warns when a payment is 3x or more the vendor's 90-day average of posted payments", async () => {
    const { state: vendor } = await createCounterparty(t.db, actorFor(org, "clerk"), { kind: "vendor", name: "Cleaning Co" });
    const toVendor = (amount: bigint) => payment(amount, { counterpartyId: vendor.id, description: "Cleaning" });
    // No history yet: no warning.
    const first = await requestMovement(t.db, actorFor(org, "clerk"), toVendor(100_00n));
    expect(first.warnings).toEqual([]);
    await approveMovement(t.db, actorFor(org, "approver"), { movementId: first.state.id });
    for (const amount of [200_00n, 300_00n]) {
      const { state } = await requestMovement(t.db, actorFor(org, "clerk"), toVendor(amount));
      await approveMovement(t.db, actorFor(org, "approver"), { movementId: state.id });
    }
    // A pending payment is not part of the average.
    await requestMovement(t.db, actorFor(org, "clerk"), toVendor(900_00n));

    expect((await requestMovement(t.db, actorFor(org, "clerk"), toVendor(599_99n))).warnings).toEqual([]);
    const unusual = await requestMovement(t.db, actorFor(org, "clerk"), toVendor(700_00n));
    expect(unusual.warnings).toEqual([{ code: "UNUSUAL_AMOUNT", message: "3.5x this vendor's 90-day average of 200.00 EUR." }]);
    expect(unusual.state.status).toBe("pending_approval");
  });

  it("leaves payments older than 90 days out of the average", async () => {
    const { state: vendor } = await createCounterparty(t.db, actorFor(org, "clerk"), { kind: "vendor", name: "Old Supplier" });
    const { state } = await requestMovement(t.db, actorFor(org, "clerk"), payment(10_00n, { counterpartyId: vendor.id, effectiveDate: "2026-01-05" }));
    await approveMovement(t.db, actorFor(org, "approver"), { movementId: state.id });
    const result = await requestMovement(t.db, actorFor(org, "clerk"), payment(900_00n, { counterpartyId: vendor.id, effectiveDate: "2026-06-01" }));
    expect(result.warnings).toEqual([]);
  });
});

describe("request-movement: retries", () => {
  it("replays a retry with the same key (no second movement or notification) and refuses the key for another amount", async () => {
    const first = await requestMovement(t.db, actorFor(org, "clerk"), payment(42_00n), { idempotencyKey: "mv-1" });
    const before = await countSideEffects(t.db, org.organizationId);
    expect(await requestMovement(t.db, actorFor(org, "clerk"), payment(42_00n), { idempotencyKey: "mv-1" })).toEqual({ ...first, replayed: true });
    expect(await countSideEffects(t.db, org.organizationId)).toEqual(before);
    await expectRefused(t.db, org.organizationId, () => requestMovement(t.db, actorFor(org, "clerk"), payment(43_00n), { idempotencyKey: "mv-1" }), "IDEMPOTENCY_KEY_REUSED");
  });
});
