import {
  actorFor,
  countSideEffects,
  createTestDatabase,
  createTestOrganization,
  expectDelta,
  expectRefused,
  fundAccount,
  seedLedger,
  type SeededLedger,
  type TestDatabase,
  type TestOrganization,
} from "@closebook/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { approveMovement } from "./approve-movement";
import { createAccount } from "./create-account";
import { createCounterparty } from "./create-counterparty";
import { postManualJournalEntry } from "./post-manual-journal-entry";
import { requestMovement } from "./request-movement";
import { updateApprovalPolicy, type UpdateApprovalPolicyInput } from "./update-approval-policy";

let t: TestDatabase;
let org: TestOrganization;
let books: SeededLedger;

const request = async (amountMinor: bigint) =>
  requestMovement(t.db, actorFor(org, "clerk"), {
    kind: "vendor_payment",
    description: "Equipment",
    amountMinor,
    sourceAccountId: books.operatingBank.id,
    destinationAccountId: books.expenses.id,
    counterpartyId: books.vendor.id,
  });

const strict: UpdateApprovalPolicyInput = {
  currency: "eur",
  bands: [
    { upToMinor: 100_00n, requiredApprovals: 1, minimumRole: "approver" },
    { upToMinor: 5_000_00n, requiredApprovals: 1, minimumRole: "controller" },
    { upToMinor: null, requiredApprovals: 3, minimumRole: "approver", requiresController: true },
  ],
};

async function zodPaths(input: UpdateApprovalPolicyInput): Promise<string[]> {
  const error = await updateApprovalPolicy(t.db, actorFor(org, "admin"), input).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ZodError);
  return (error as ZodError).issues.map((i) => i.path.join("."));
}

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 4 });
  org = await createTestOrganization(t.db);
  books = await seedLedger(t.db, org, { createAccount, createCounterparty });
  await fundAccount(t.db, org, postManualJournalEntry, { accountId: books.operatingBank.id, fromAccountId: books.equity.id, amountMinor: 1_000_000_00n });
});
afterAll(() => t.destroy());

describe("update-approval-policy", () => {
  it("saves the bands for new movements; movements already requested keep their requirement", async () => {
    const earlier = await request(500_00n);
    expect(earlier.state).toMatchObject({ requiredApprovals: 1, minimumApproverRole: "approver" });
    const before = await countSideEffects(t.db, org.organizationId);
    const result = await updateApprovalPolicy(t.db, actorFor(org, "admin"), strict);
    expect(result.state.map((b) => [b.currency, b.upToMinor, b.requiredApprovals, b.minimumRole, b.requiresController])).toEqual([
      ["EUR", 100_00n, 1, "approver", false],
      ["EUR", 5_000_00n, 1, "controller", false],
      ["EUR", null, 3, "approver", true],
    ]);
    expect(result.message).toBe(
      "Approval policy for EUR saved (up to 100.00 EUR: 1 × approver; up to 5,000.00 EUR: 1 × controller; above: 3 × approver incl. a controller). It applies to movements requested from now on.",
    );
    expect(result.triggered).toEqual(["recorded audit event approval_policy.updated"]);
    expectDelta(before, await countSideEffects(t.db, org.organizationId), { approvalBands: 3, auditEvents: 1 });

    const later = await request(500_00n);
    expect(later.state).toMatchObject({ requiredApprovals: 1, minimumApproverRole: "controller", requiresController: false });
    expect(later.message).toMatch(/\(up to 5,000\.00 EUR\)\.$/);
    // Only controllers and the admin are notified, and an approver cannot decide.
    expect(later.triggered).toContain("notified 2 approvers");
    await expectRefused(t.db, org.organizationId, () => approveMovement(t.db, actorFor(org, "approver"), { movementId: later.state.id }), "APPROVER_ROLE_TOO_LOW");
    expect((await approveMovement(t.db, actorFor(org, "controller"), { movementId: later.state.id })).state.status).toBe("posted");
    // The earlier movement still needs only an approver.
    expect((await approveMovement(t.db, actorFor(org, "approver"), { movementId: earlier.state.id })).state.status).toBe("posted");

    const top = await request(6_000_00n);
    expect(top.state).toMatchObject({ requiredApprovals: 3, requiresController: true });
  });

  it("replaces the bands rather than adding to them", async () => {
    const before = await countSideEffects(t.db, org.organizationId);
    await updateApprovalPolicy(t.db, actorFor(org, "admin"), { currency: "EUR", bands: [{ upToMinor: null, requiredApprovals: 2, minimumRole: "approver" }] });
    expectDelta(before, await countSideEffects(t.db, org.organizationId), { approvalBands: -2, auditEvents: 1 });
    expect((await request(1n)).state.requiredApprovals).toBe(2);
  });

  it("rejects bad bands naming bands.N.upToMinor, and writes nothing", async () => {
    const before = await countSideEffects(t.db, org.organizationId);
    expect(await zodPaths({ currency: "EUR", bands: [{ upToMinor: 100_00n, requiredApprovals: 1, minimumRole: "approver" }] })).toEqual(["bands.0.upToMinor"]);
    expect(
      await zodPaths({
        currency: "EUR",
        bands: [
          { upToMinor: 100_00n, requiredApprovals: 1, minimumRole: "approver" },
          { upToMinor: null, requiredApprovals: 1, minimumRole: "approver" },
          { upToMinor: null, requiredApprovals: 2, minimumRole: "approver" },
        ],
      }),
    ).toEqual(["bands.1.upToMinor"]);
    expect(
      await zodPaths({
        currency: "EUR",
        bands: [
          { upToMinor: 500_00n, requiredApprovals: 1, minimumRole: "approver" },
          { upToMinor: 500_00n, requiredApprovals: 2, minimumRole: "approver" },
          { upToMinor: null, requiredApprovals: 2, minimumRole: "approver" },
        ],
      }),
    ).toEqual(["bands.1.upToMinor"]);
    expect(await zodPaths({ currency: "EUR", bands: [{ upToMinor: -1n, requiredApprovals: 0, minimumRole: "clerk" as never }] })).toEqual([
      "bands.0.upToMinor",
      "bands.0.requiredApprovals",
      "bands.0.minimumRole",
    ]);
    expect(await zodPaths({ currency: "EUR", bands: [] })).toEqual(["bands"]);
    expect(await countSideEffects(t.db, org.organizationId)).toEqual(before);
  });

  it("keeps each currency's bands apart", async () => {
    await updateApprovalPolicy(t.db, actorFor(org, "admin"), { currency: "USD", bands: [{ upToMinor: null, requiredApprovals: 1, minimumRole: "admin" }] });
    expect((await t.db.read.approvalPolicy.bands(org.organizationId, "EUR")).map((b) => b.requiredApprovals)).toEqual([2]);
    expect((await t.db.read.approvalPolicy.bands(org.organizationId, "USD")).map((b) => b.minimumRole)).toEqual(["admin"]);
  });

  it("refuses a currency the organization keeps no account in, naming the field, and writes nothing", async () => {
    const error = await expectRefused(
      t.db,
      org.organizationId,
      () => updateApprovalPolicy(t.db, actorFor(org, "admin"), { currency: "JPY", bands: [{ upToMinor: null, requiredApprovals: 1, minimumRole: "approver" }] }),
      "CURRENCY_NOT_KEPT",
    );
    expect(error.details).toMatchObject({ field: "currency" });
    expect(error.message).toMatch(/keeps no JPY: it has .*EUR/);
  });

  it.each(["viewer", "clerk", "approver", "controller"] as const)("refuses a %s with NOT_PERMITTED", async (role) => {
    await expectRefused(t.db, org.organizationId, () => updateApprovalPolicy(t.db, actorFor(org, role), strict), "NOT_PERMITTED");
  });

  it("replays a retry with the same key and changes nothing; refuses the key for other bands", async () => {
    const first = await updateApprovalPolicy(t.db, actorFor(org, "admin"), strict, { idempotencyKey: "policy-1" });
    const before = await countSideEffects(t.db, org.organizationId);
    expect(await updateApprovalPolicy(t.db, actorFor(org, "admin"), strict, { idempotencyKey: "policy-1" })).toEqual({ ...first, replayed: true });
    expect(await countSideEffects(t.db, org.organizationId)).toEqual(before);
    await expectRefused(
      t.db,
      org.organizationId,
      () => updateApprovalPolicy(t.db, actorFor(org, "admin"), { currency: "EUR", bands: [{ upToMinor: null, requiredApprovals: 1, minimumRole: "approver" }] }, { idempotencyKey: "policy-1" }),
      "IDEMPOTENCY_KEY_REUSED",
    );
  });
});
