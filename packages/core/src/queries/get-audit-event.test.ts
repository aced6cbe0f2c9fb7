import { actorFor, createTestDatabase, createTestOrganization, seedLedger, type SeededLedger, type TestDatabase, type TestOrganization } from "@closebook/db/testing";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "../use-cases/create-account";
import { createCharge } from "../use-cases/create-charge";
import { createCounterparty } from "../use-cases/create-counterparty";
import { updateDraftCharge } from "../use-cases/update-draft-charge";
import { getAuditEvent } from "./get-audit-event";

let t: TestDatabase;
let org: TestOrganization;
let books: SeededLedger;

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 2 });
  org = await createTestOrganization(t.db);
  books = await seedLedger(t.db, org, { createAccount, createCounterparty });
});
afterAll(async () => {
  await t.destroy();
});

describe("get-audit-event", () => {
  it("returns the raw snapshots and, beside them, the readable changes", async () => {
    const { state: charge } = await createCharge(t.db, actorFor(org, "clerk"), {
      customerId: books.customer.id,
      description: "Audit me",
      currency: "EUR",
      amountMinor: 100_00n,
      receivableAccountId: books.receivable.id,
      revenueAccountId: books.revenue.id,
    });
    await updateDraftCharge(t.db, actorFor(org, "clerk"), { chargeId: charge.id, amountMinor: 250_50n, dueDate: "2027-03-31" });
    const [listed] = await t.db.read.audit.list({ organizationId: org.organizationId, entityId: charge.id, limit: 1 });
    const event = await getAuditEvent(t.db, actorFor(org, "viewer"), { auditEventId: listed?.id ?? "" });
    expect(event).toMatchObject({ id: listed?.id, action: "charge.draft_updated", actorName: "clerk 1", before: { amountMinor: "10000", dueDate: null }, after: { amountMinor: "25050" } });
    expect(event.changes).toEqual([
      { field: "amountMinor", before: "100.00 EUR", after: "250.50 EUR" },
      { field: "dueDate", before: null, after: "2027-03-31" },
    ]);
  });

  it("refuses an unknown event and another organization's with AUDIT_EVENT_NOT_FOUND", async () => {
    const other = await createTestOrganization(t.db, ["clerk"], "Other Org");
    await createCounterparty(t.db, actorFor(other, "clerk"), { kind: "customer", name: "Theirs" });
    const [foreign] = await t.db.read.audit.list({ organizationId: other.organizationId, limit: 1 });
    for (const auditEventId of [randomUUID(), foreign?.id ?? ""]) {
      await expect(getAuditEvent(t.db, actorFor(org, "viewer"), { auditEventId })).rejects.toMatchObject({ code: "AUDIT_EVENT_NOT_FOUND" });
    }
  });
});
