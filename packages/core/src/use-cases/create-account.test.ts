import { countRows, createTestDatabase, createTestOrganization, type TestDatabase, type TestOrganization } from "@closebook/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { DomainError } from "../errors";
import type { Actor } from "../shared/actor";
import { createAccount, type CreateAccountInput } from "./create-account";
import { listAccounts } from "./list-accounts";

let t: TestDatabase;
let org: TestOrganization;
const actorFor = (role: Actor["role"]): Actor => ({ userId: org.member(role).userId, organizationId: org.organizationId, role, requestId: `req-${role}` });

const operating: CreateAccountInput = { code: "1010", name: "Operating bank", type: "asset", currency: "eur", isBankAccount: true, minimumBalanceMinor: 500_00n };

beforeAll(async () => {
  t = await createTestDatabase();
  org = await createTestOrganization(t.db);
});
afterAll(() => t.destroy());

async function expectFailure(promise: Promise<unknown>, code: string) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe(code);
}

describe("create-account", () => {
  it("opens the account, records one audit event and returns the outcome", async () => {
    const before = await countRows(t.db, org.organizationId);
    const result = await createAccount(t.db, actorFor("controller"), operating);
    expect(result.state).toMatchObject({ code: "1010", currency: "EUR", status: "active", minimumBalanceMinor: 50000n, type: "asset" });
    expect(result.message).toBe("Account 1010 Operating bank is open.");
    expect(result.warnings).toEqual([]);
    expect(result.replayed).toBe(false);
    const after = await countRows(t.db, org.organizationId);
    expect(after.accounts - before.accounts).toBe(1);
    expect(after.auditEvents - before.auditEvents).toBe(1);
    const [event] = await t.db.read.audit.list({ organizationId: org.organizationId, entityId: result.state.id, limit: 10 });
    expect(event).toMatchObject({ action: "account.created", actorUserId: org.member("controller").userId, requestId: "req-controller", before: null });
    expect(event?.after).toMatchObject({ code: "1010", minimumBalanceMinor: "50000" });
  });

  it("warns when the code is outside the usual range for the type", async () => {
    const result = await createAccount(t.db, actorFor("admin"), { code: "1500", name: "Misfiled revenue", type: "revenue", currency: "EUR" });
    expect(result.warnings.map((w) => w.code)).toEqual(["UNCONVENTIONAL_CODE"]);
  });

  it("refuses a code the organization already uses, and writes nothing", async () => {
    const before = await countRows(t.db, org.organizationId);
    await expectFailure(createAccount(t.db, actorFor("controller"), { ...operating, name: "Another" }), "DUPLICATE_ACCOUNT_CODE");
    expect(await countRows(t.db, org.organizationId)).toEqual(before);
  });

  it("lets another organization use the same code", async () => {
    const other = await createTestOrganization(t.db, ["controller"], "Other Org");
    const actor: Actor = { userId: other.member("controller").userId, organizationId: other.organizationId, role: "controller", requestId: "r" };
    const result = await createAccount(t.db, actor, operating);
    expect(result.state.organizationId).toBe(other.organizationId);
    const mine = await listAccounts(t.db, actorFor("viewer"));
    expect(mine.every((a) => a.organizationId === org.organizationId)).toBe(true);
  });

  it.each(["viewer", "clerk", "approver"] as const)("refuses a %s with NOT_PERMITTED and writes nothing", async (role) => {
    const before = await countRows(t.db, org.organizationId);
    await expectFailure(createAccount(t.db, actorFor(role), { ...operating, code: `9${role.length}` }), "NOT_PERMITTED");
    expect(await countRows(t.db, org.organizationId)).toEqual(before);
  });

  it("rejects invalid input naming each field, and writes nothing", async () => {
    const before = await countRows(t.db, org.organizationId);
    const error = await createAccount(t.db, actorFor("controller"), { code: "", name: "x", type: "cash" as never, currency: "EURO" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZodError);
    const fields = (error as ZodError).issues.map((issue) => issue.path.join("."));
    expect(new Set(fields)).toEqual(new Set(["code", "name", "type", "currency"]));
    expect(await countRows(t.db, org.organizationId)).toEqual(before);
  });

  it("replays the stored outcome for a retry with the same key and changes nothing", async () => {
    const input = { code: "1020", name: "Payroll bank", type: "asset", currency: "EUR" } as const;
    const first = await createAccount(t.db, actorFor("controller"), input, { idempotencyKey: "key-1020" });
    const before = await countRows(t.db, org.organizationId);
    const retry = await createAccount(t.db, actorFor("controller"), input, { idempotencyKey: "key-1020" });
    expect(retry.replayed).toBe(true);
    expect(retry.state).toEqual(first.state);
    expect(retry.message).toBe(first.message);
    expect(await countRows(t.db, org.organizationId)).toEqual(before);
  });

  it("refuses the same key with a different input", async () => {
    await createAccount(t.db, actorFor("controller"), { code: "1030", name: "Savings", type: "asset", currency: "EUR" }, { idempotencyKey: "key-1030" });
    const before = await countRows(t.db, org.organizationId);
    await expectFailure(
      createAccount(t.db, actorFor("controller"), { code: "1031", name: "Savings", type: "asset", currency: "EUR" }, { idempotencyKey: "key-1030" }),
      "IDEMPOTENCY_KEY_REUSED",
    );
    expect(await countRows(t.db, org.organizationId)).toEqual(before);
  });

  it("runs two concurrent calls with one key once: the other replays", async () => {
    const input = { code: "1040", name: "Petty cash", type: "asset", currency: "EUR" } as const;
    const results = await Promise.all([
      createAccount(t.db, actorFor("controller"), input, { idempotencyKey: "key-1040" }),
      createAccount(t.db, actorFor("controller"), input, { idempotencyKey: "key-1040" }),
    ]);
    expect(results.map((r) => r.replayed).sort()).toEqual([false, true]);
    expect((await listAccounts(t.db, actorFor("viewer"), { search: "1040" })).length).toBe(1);
    const events = await t.db.read.audit.list({ organizationId: org.organizationId, entityId: results[0].state.id, limit: 10 });
    expect(events.length).toBe(1);
  });

  it("two concurrent creates of one code without a key: one account, one DUPLICATE_ACCOUNT_CODE", async () => {
    const input = { code: "1050", name: "Cash", type: "asset", currency: "EUR" } as const;
    const settled = await Promise.allSettled([createAccount(t.db, actorFor("controller"), input), createAccount(t.db, actorFor("admin"), input)]);
    expect(settled.filter((s) => s.status === "fulfilled")).toHaveLength(1);
    const rejected = settled.find((s) => s.status === "rejected");
    expect((rejected?.reason as DomainError).code).toBe("DUPLICATE_ACCOUNT_CODE");
  });
});

describe("list-accounts", () => {
  it("lists by code and filters", async () => {
    const all = await listAccounts(t.db, actorFor("viewer"));
    expect(all.map((a) => a.code)).toEqual([...all.map((a) => a.code)].sort());
    const revenue = await listAccounts(t.db, actorFor("viewer"), { type: "revenue" });
    expect(revenue.map((a) => a.code)).toEqual(["1500"]);
  });
});
