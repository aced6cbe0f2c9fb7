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
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { createAccount } from "./create-account";
import { createCharge, type CreateChargeInput } from "./create-charge";
import { createCounterparty } from "./create-counterparty";

let t: TestDatabase;
let org: TestOrganization;
let books: SeededLedger;
let draft: CreateChargeInput;

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 4 });
  org = await createTestOrganization(t.db);
  books = await seedLedger(t.db, org, { createAccount, createCounterparty });
  draft = {
    customerId: books.customer.id,
    description: "Consulting, October",
    currency: "EUR",
    amountMinor: 1_200_00n,
    receivableAccountId: books.receivable.id,
    revenueAccountId: books.revenue.id,
  };
});
afterAll(() => t.destroy());

describe("create-charge", () => {
  it("drafts the charge with one audit event and posts nothing", async () => {
    const before = await countSideEffects(t.db, org.organizationId);
    const result = await createCharge(t.db, actorFor(org, "clerk"), { ...draft, dueDate: "2026-12-31" });
    expect(result.state).toMatchObject({
      status: "draft",
      number: null,
      amountMinor: 1_200_00n,
      paidMinor: 0n,
      currency: "EUR",
      customerId: books.customer.id,
      issueDate: null,
      dueDate: new Date("2026-12-31T00:00:00Z"),
      issuedEntryId: null,
      createdBy: org.member("clerk").userId,
    });
    expect(result.message).toBe("Draft charge of 1,200.00 EUR to Acme Retail created.");
    expect(result.triggered).toEqual(["recorded audit event charge.created"]);
    expect(result.warnings).toEqual([]);
    expect(result.replayed).toBe(false);
    expectDelta(before, await countSideEffects(t.db, org.organizationId), { charges: 1, auditEvents: 1 });
    const [event] = await t.db.read.audit.list({ organizationId: org.organizationId, entityId: result.state.id, limit: 5 });
    expect(event).toMatchObject({ action: "charge.created", entityType: "charge", before: null });
  });

  it("refuses a vendor or an unknown id as the customer with COUNTERPARTY_NOT_FOUND", async () => {
    await expectRefused(t.db, org.organizationId, () => createCharge(t.db, actorFor(org, "clerk"), { ...draft, customerId: books.vendor.id }), "COUNTERPARTY_NOT_FOUND");
    await expectRefused(t.db, org.organizationId, () => createCharge(t.db, actorFor(org, "clerk"), { ...draft, customerId: randomUUID() }), "COUNTERPARTY_NOT_FOUND");
  });

  it("refuses an unknown account with ACCOUNT_NOT_FOUND naming the field", async () => {
    const error = await expectRefused(t.db, org.organizationId, () => createCharge(t.db, actorFor(org, "clerk"), { ...draft, revenueAccountId: randomUUID() }), "ACCOUNT_NOT_FOUND");
    expect(error.details).toMatchObject({ field: "revenueAccountId" });
  });

  it("refuses a bank account as receivable and an expense account as revenue with ACCOUNT_NOT_USABLE", async () => {
    const bank = await expectRefused(
      t.db,
      org.organizationId,
      () => createCharge(t.db, actorFor(org, "clerk"), { ...draft, receivableAccountId: books.operatingBank.id }),
      "ACCOUNT_NOT_USABLE",
    );
    expect(bank.details).toMatchObject({ field: "receivableAccountId" });
    const expense = await expectRefused(t.db, org.organizationId, () => createCharge(t.db, actorFor(org, "clerk"), { ...draft, revenueAccountId: books.expenses.id }), "ACCOUNT_NOT_USABLE");
    expect(expense.details).toMatchObject({ field: "revenueAccountId" });
  });

  it("refuses a charge in another currency than its accounts with CURRENCY_MISMATCH", async () => {
    await expectRefused(t.db, org.organizationId, () => createCharge(t.db, actorFor(org, "clerk"), { ...draft, currency: "USD" }), "CURRENCY_MISMATCH");
  });

  it("refuses a viewer with NOT_PERMITTED", async () => {
    await expectRefused(t.db, org.organizationId, () => createCharge(t.db, actorFor(org, "viewer"), draft), "NOT_PERMITTED");
  });

  it("rejects a zero amount and a missing description as invalid input", async () => {
    const error = await createCharge(t.db, actorFor(org, "clerk"), { ...draft, amountMinor: 0n, description: "" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZodError);
    expect(new Set((error as ZodError).issues.map((i) => i.path.join(".")))).toEqual(new Set(["amountMinor", "description"]));
  });

  it("replays a retry with the same key and refuses the key for another input", async () => {
    const first = await createCharge(t.db, actorFor(org, "clerk"), draft, { idempotencyKey: "charge-1" });
    const before = await countSideEffects(t.db, org.organizationId);
    const retry = await createCharge(t.db, actorFor(org, "clerk"), draft, { idempotencyKey: "charge-1" });
    expect(retry).toEqual({ ...first, replayed: true });
    expect(await countSideEffects(t.db, org.organizationId)).toEqual(before);
    await expectRefused(t.db, org.organizationId, () => createCharge(t.db, actorFor(org, "clerk"), { ...draft, amountMinor: 1n }, { idempotencyKey: "charge-1" }), "IDEMPOTENCY_KEY_REUSED");
  });
});
