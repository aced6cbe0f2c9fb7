import {
  actorFor,
  countSideEffects,
  createTestDatabase,
  createTestOrganization,
  expectDelta,
  expectRefused,
  seedLedger,
  type SeededLedger,
  type TestDatabase,
  type TestOrganization,
} from "@closebook/db/testing";
import type { ChargeRecord } from "@closebook/db";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "./create-account";
import { createCharge } from "./create-charge";
import { createCounterparty } from "./create-counterparty";
import { discardDraftCharge } from "./discard-draft-charge";
import { issueCharge } from "./issue-charge";
import { updateDraftCharge } from "./update-draft-charge";

let t: TestDatabase;
let org: TestOrganization;
let books: SeededLedger;

async function draft(amountMinor = 100_00n): Promise<ChargeRecord> {
  const { state } = await createCharge(t.db, actorFor(org, "clerk"), {
    customerId: books.customer.id,
    description: "Consulting",
    currency: "EUR",
    amountMinor,
    receivableAccountId: books.receivable.id,
    revenueAccountId: books.revenue.id,
  });
  return state;
}

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 4 });
  org = await createTestOrganization(t.db);
  books = await seedLedger(t.db, org, { createAccount, createCounterparty });
});
afterAll(async () => {
  await t.destroy();
});

describe("update-draft-charge", () => {
  it("changes the customer, description, amount and due date of a draft, audited once, posting nothing", async () => {
    const c = await draft();
    const other = (await createCounterparty(t.db, actorFor(org, "clerk"), { kind: "customer", name: "Beta Stores" })).state;
    const before = await countSideEffects(t.db, org.organizationId);
    const result = await updateDraftCharge(t.db, actorFor(org, "clerk"), { chargeId: c.id, customerId: other.id, description: "Consulting, March", amountMinor: 123_45n, dueDate: "2026-12-31" });
    expect(result.state).toMatchObject({ id: c.id, status: "draft", customerId: other.id, description: "Consulting, March", amountMinor: 123_45n, dueDate: new Date("2026-12-31T00:00:00Z") });
    expect(result.message).toBe("Draft charge of 123.45 EUR to Beta Stores saved (customerId, description, amountMinor, dueDate changed).");
    expect(result.triggered).toEqual(["recorded audit event charge.draft_updated"]);
    expectDelta(before, await countSideEffects(t.db, org.organizationId), { auditEvents: 1 });
    const [event] = await t.db.read.audit.list({ organizationId: org.organizationId, entityId: c.id, limit: 1 });
    expect(event).toMatchObject({ action: "charge.draft_updated", before: { amountMinor: "10000" }, after: { amountMinor: "12345" } });
    // A due date of null clears it.
    expect((await updateDraftCharge(t.db, actorFor(org, "clerk"), { chargeId: c.id, dueDate: null })).state.dueDate).toBeNull();
  });

  it("writes nothing when nothing changes", async () => {
    const c = await draft();
    const before = await countSideEffects(t.db, org.organizationId);
    const result = await updateDraftCharge(t.db, actorFor(org, "clerk"), { chargeId: c.id, description: "Consulting", amountMinor: 100_00n });
    expect(result.message).toBe("Nothing to change: the draft already holds these values.");
    expect(await countSideEffects(t.db, org.organizationId)).toEqual(before);
  });

  it("checks the new terms as create-charge does: a vendor is no customer, a currency its accounts do not keep is refused", async () => {
    const c = await draft();
    await expectRefused(t.db, org.organizationId, () => updateDraftCharge(t.db, actorFor(org, "clerk"), { chargeId: c.id, customerId: books.vendor.id }), "COUNTERPARTY_NOT_FOUND");
    const error = await expectRefused(t.db, org.organizationId, () => updateDraftCharge(t.db, actorFor(org, "clerk"), { chargeId: c.id, currency: "USD" }), "CURRENCY_MISMATCH");
    expect(error.details).toMatchObject({ field: "receivableAccountId" });
    await expectRefused(t.db, org.organizationId, () => updateDraftCharge(t.db, actorFor(org, "clerk"), { chargeId: c.id, revenueAccountId: books.operatingBank.id }), "ACCOUNT_NOT_USABLE");
    await expectRefused(t.db, org.organizationId, () => updateDraftCharge(t.db, actorFor(org, "clerk"), { chargeId: c.id, revenueAccountId: randomUUID() }), "ACCOUNT_NOT_FOUND");
  });

  it("refuses an issued charge with CHARGE_NOT_DRAFT, an unknown one with CHARGE_NOT_FOUND, a viewer with NOT_PERMITTED", async () => {
    const c = await draft();
    await issueCharge(t.db, actorFor(org, "clerk"), { chargeId: c.id });
    await expectRefused(t.db, org.organizationId, () => updateDraftCharge(t.db, actorFor(org, "clerk"), { chargeId: c.id, amountMinor: 1n }), "CHARGE_NOT_DRAFT");
    await expectRefused(t.db, org.organizationId, () => updateDraftCharge(t.db, actorFor(org, "clerk"), { chargeId: randomUUID(), amountMinor: 1n }), "CHARGE_NOT_FOUND");
    await expectRefused(t.db, org.organizationId, () => updateDraftCharge(t.db, actorFor(org, "viewer"), { chargeId: c.id, amountMinor: 1n }), "NOT_PERMITTED");
  });

  it("replays a retry with the same key", async () => {
    const c = await draft();
    const first = await updateDraftCharge(t.db, actorFor(org, "clerk"), { chargeId: c.id, amountMinor: 55_00n }, { idempotencyKey: "update-draft-1" });
    const before = await countSideEffects(t.db, org.organizationId);
    expect(await updateDraftCharge(t.db, actorFor(org, "clerk"), { chargeId: c.id, amountMinor: 55_00n }, { idempotencyKey: "update-draft-1" })).toEqual({ ...first, replayed: true });
    expect(await countSideEffects(t.db, org.organizationId)).toEqual(before);
  });
});

describe("discard-draft-charge", () => {
  it("deletes a draft and records what it held in one audit event", async () => {
    const c = await draft(77_00n);
    const before = await countSideEffects(t.db, org.organizationId);
    const result = await discardDraftCharge(t.db, actorFor(org, "clerk"), { chargeId: c.id });
    expect(result.state).toMatchObject({ id: c.id, amountMinor: 77_00n, status: "draft" });
    expect(result.triggered).toEqual(["recorded audit event charge.draft_discarded"]);
    expectDelta(before, await countSideEffects(t.db, org.organizationId), { charges: -1, auditEvents: 1 });
    expect(await t.db.read.charges.findById(org.organizationId, c.id)).toBeNull();
    const [event] = await t.db.read.audit.list({ organizationId: org.organizationId, entityId: c.id, limit: 1 });
    expect(event).toMatchObject({ action: "charge.draft_discarded", before: { id: c.id, amountMinor: "7700" }, after: null });
  });

  it("refuses an issued charge with CHARGE_NOT_DRAFT, a discarded one with CHARGE_NOT_FOUND, a viewer with NOT_PERMITTED", async () => {
    const issued = await draft();
    await issueCharge(t.db, actorFor(org, "clerk"), { chargeId: issued.id });
    await expectRefused(t.db, org.organizationId, () => discardDraftCharge(t.db, actorFor(org, "admin"), { chargeId: issued.id }), "CHARGE_NOT_DRAFT");
    const c = await draft();
    await expectRefused(t.db, org.organizationId, () => discardDraftCharge(t.db, actorFor(org, "viewer"), { chargeId: c.id }), "NOT_PERMITTED");
    await discardDraftCharge(t.db, actorFor(org, "clerk"), { chargeId: c.id });
    await expectRefused(t.db, org.organizationId, () => discardDraftCharge(t.db, actorFor(org, "clerk"), { chargeId: c.id }), "CHARGE_NOT_FOUND");
  });

  it("replays a retry with the same key", async () => {
    const c = await draft();
    const first = await discardDraftCharge(t.db, actorFor(org, "clerk"), { chargeId: c.id }, { idempotencyKey: "discard-draft-1" });
    const before = await countSideEffects(t.db, org.organizationId);
    expect(await discardDraftCharge(t.db, actorFor(org, "clerk"), { chargeId: c.id }, { idempotencyKey: "discard-draft-1" })).toEqual({ ...first, replayed: true });
    expect(await countSideEffects(t.db, org.organizationId)).toEqual(before);
  });
});
