import { actorFor, countSideEffects, createTestDatabase, createTestOrganization, expectDelta, expectRefused, type TestDatabase, type TestOrganization } from "@closebook/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeMember } from "./remove-member";

let t: TestDatabase;
let org: TestOrganization;

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 4 });
  org = await createTestOrganization(t.db, ["viewer", "clerk", "admin", "admin"]);
});
afterAll(() => t.destroy());

const memberIdOf = async (userId: string) => (await t.db.read.memberships.listMembers(org.organizationId)).find((m) => m.userId === userId)?.memberId ?? "";
const secondAdmin = () => org.members.filter((m) => m.role === "admin")[1] ?? org.member("admin");

describe("remove-member", () => {
  it("takes a member out with one audit event; a retry replays; again is MEMBER_NOT_FOUND", async () => {
    const memberId = await memberIdOf(org.member("clerk").userId);
    const before = await countSideEffects(t.db, org.organizationId);
    const result = await removeMember(t.db, actorFor(org, "admin"), { memberId }, { idempotencyKey: "remove-1" });
    expect(result.message).toBe("clerk 1 is no longer a member.");
    expectDelta(before, await countSideEffects(t.db, org.organizationId), { members: -1, auditEvents: 1, idempotencyRecords: 1 });
    expect(await removeMember(t.db, actorFor(org, "admin"), { memberId }, { idempotencyKey: "remove-1" })).toEqual({ ...result, replayed: true });
    await expectRefused(t.db, org.organizationId, () => removeMember(t.db, actorFor(org, "admin"), { memberId }), "MEMBER_NOT_FOUND");
    expect(await t.db.read.memberships.roleOf(org.organizationId, org.member("clerk").userId)).toBeNull();
  });

  it("refuses a non-admin with NOT_PERMITTED", async () => {
    const memberId = await memberIdOf(org.member("admin").userId);
    await expectRefused(t.db, org.organizationId, () => removeMember(t.db, actorFor(org, "viewer"), { memberId }), "NOT_PERMITTED");
  });

  it("lets an admin go while another admin remains, then refuses to remove the last admin with LAST_ADMIN", async () => {
    await removeMember(t.db, actorFor(org, "admin"), { memberId: await memberIdOf(secondAdmin().userId) });
    const lastAdmin = await memberIdOf(org.member("admin").userId);
    await expectRefused(t.db, org.organizationId, () => removeMember(t.db, actorFor(org, "admin"), { memberId: lastAdmin }), "LAST_ADMIN");
  });

  it("keeps one admin when two admins remove each other at the same moment", async () => {
    const pair = await createTestOrganization(t.db, ["admin", "admin"], "Pair Org");
    const [a, b] = pair.members;
    if (!a || !b) throw new Error("two admins expected");
    const ids = await t.db.read.memberships.listMembers(pair.organizationId);
    const idOf = (userId: string) => ids.find((m) => m.userId === userId)?.memberId ?? "";
    const results = await Promise.allSettled([
      removeMember(t.db, actorFor(pair, "admin", a), { memberId: idOf(b.userId) }),
      removeMember(t.db, actorFor(pair, "admin", b), { memberId: idOf(a.userId) }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "LAST_ADMIN" } });
    expect((await t.db.read.memberships.listMembers(pair.organizationId)).map((m) => m.role)).toEqual(["admin"]);
  });
});
