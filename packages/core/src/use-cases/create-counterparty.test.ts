import { actorFor, countSideEffects, createTestDatabase, createTestOrganization, expectDelta, expectRefused, type TestDatabase, type TestOrganization } from "@closebook/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { createCounterparty } from "./create-counterparty";

let t: TestDatabase;
let org: TestOrganization;

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 4 });
  org = await createTestOrganization(t.db);
});
afterAll(() => t.destroy());

describe("create-counterparty", () => {
  it("adds a customer with one audit event", async () => {
    const before = await countSideEffects(t.db, org.organizationId);
    const result = await createCounterparty(t.db, actorFor(org, "clerk"), { kind: "customer", name: "  Northwind  ", email: "ap@northwind.example" });
    expect(result.state).toMatchObject({ kind: "customer", name: "Northwind", email: "ap@northwind.example", taxId: null });
    expect(result.message).toBe("Customer Northwind added.");
    expect(result.triggered).toEqual(["recorded audit event counterparty.created"]);
    expectDelta(before, await countSideEffects(t.db, org.organizationId), { counterparties: 1, auditEvents: 1 });
  });

  it("refuses a second customer of that name with DUPLICATE_COUNTERPARTY, but allows a vendor of that name", async () => {
    await expectRefused(t.db, org.organizationId, () => createCounterparty(t.db, actorFor(org, "clerk"), { kind: "customer", name: "Northwind" }), "DUPLICATE_COUNTERPARTY");
    expect((await createCounterparty(t.db, actorFor(org, "clerk"), { kind: "vendor", name: "Northwind" })).message).toBe("Vendor Northwind added.");
  });

  it("refuses a viewer with NOT_PERMITTED and rejects a bad e-mail", async () => {
    await expectRefused(t.db, org.organizationId, () => createCounterparty(t.db, actorFor(org, "viewer"), { kind: "vendor", name: "Contoso" }), "NOT_PERMITTED");
    const error = await createCounterparty(t.db, actorFor(org, "clerk"), { kind: "vendor", name: "Contoso", email: "not-an-email" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues.map((i) => i.path.join("."))).toEqual(["email"]);
  });

  it("replays a retry with the same key and refuses the key for another name", async () => {
    const first = await createCounterparty(t.db, actorFor(org, "clerk"), { kind: "vendor", name: "Fabrikam" }, { idempotencyKey: "cp-1" });
    const before = await countSideEffects(t.db, org.organizationId);
    expect(await createCounterparty(t.db, actorFor(org, "clerk"), { kind: "vendor", name: "Fabrikam" }, { idempotencyKey: "cp-1" })).toEqual({ ...first, replayed: true });
    expect(await countSideEffects(t.db, org.organizationId)).toEqual(before);
    await expectRefused(t.db, org.organizationId, () => createCounterparty(t.db, actorFor(org, "clerk"), { kind: "vendor", name: "Fabrikam 2" }, { idempotencyKey: "cp-1" }), "IDEMPOTENCY_KEY_REUSED");
  });
});
