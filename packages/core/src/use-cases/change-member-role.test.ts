import { actorFor, countSideEffects, createTestDatabase, createTestOrganization, expectDelta, expectRefused, type TestDatabase, type TestOrganization } from "@closebook/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listMembers } from "../queries/member-queries";
import { changeMemberRole } from "./change-member-role";

let t: TestDatabase;
let org: TestOrganization;
let other: TestOrganization;

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 4 });
  org = await createTestOrganization(t.db);
  other = await createTestOrganization(t.db, ["admin"], "Other Org");
});
afterAll(() => t.destroy());

const memberIdOf = async (userId: string) => (await t.db.read.memberships.listMembers(org.organizationId)).find((m) => m.userId === userId)?.memberId ?? "";

describe("change-member-role", () => {
  it("gives a member another role with one audit event; the same role again changes nothing", async () => {
    const memberId = await memberIdOf(org.member("clerk").userId);
    const before = await countSideEffects(t.db, org.organizationId);
    const result = await changeMemberRole(t.db, actorFor(org, "admin"), { memberId, role: "approver" }, { idempotencyKey: "role-1" });
    expect(result.state).toMatchObject({ memberId, role: "approver" });
    expect(result.message).toBe("clerk 1 is now approver (was clerk).");
    expectDelta(before, await countSideEffects(t.db, org.organizationId), { auditEvents: 1, idempotencyRecords: 1 });
    expect(await changeMemberRole(t.db, actorFor(org, "admin"), { memberId, role: "approver" }, { idempotencyKey: "role-1" })).toEqual({ ...result, replayed: true });
    const same = await changeMemberRole(t.db, actorFor(org, "admin"), { memberId, role: "approver" });
    expect(same.triggered).toEqual([]);
    expect(await t.db.read.memberships.roleOf(org.organizationId, org.member("clerk").userId)).toBe("approver");
  });

  it("refuses to demote the last admin with LAST_ADMIN, and allows it once there is a second admin", async () => {
    const adminMember = await memberIdOf(org.member("admin").userId);
    await expectRefused(t.db, org.organizationId, () => changeMemberRole(t.db, actorFor(org, "admin"), { memberId: adminMember, role: "controller" }), "LAST_ADMIN");
    const view = await listMembers(t.db, actorFor(org, "admin"));
    expect(view.members.find((m) => m.memberId === adminMember)?.actions).toEqual([
      { action: "changeRole", allowed: false, reason: "admin 4 is the only admin." },
      { action: "remove", allowed: false, reason: "admin 4 is the only admin." },
    ]);
    const controllerMember = await memberIdOf(org.member("controller").userId);
    await changeMemberRole(t.db, actorFor(org, "admin"), { memberId: controllerMember, role: "admin" });
    const demoted = await changeMemberRole(t.db, actorFor(org, "admin"), { memberId: adminMember, role: "controller" });
    expect(demoted.state.role).toBe("controller");
  });

  it("refuses a non-admin with NOT_PERMITTED and another organization's member with MEMBER_NOT_FOUND", async () => {
    const viewerMember = await memberIdOf(org.member("viewer").userId);
    await expectRefused(t.db, org.organizationId, () => changeMemberRole(t.db, actorFor(org, "viewer"), { memberId: viewerMember, role: "admin" }), "NOT_PERMITTED");
    const view = await listMembers(t.db, actorFor(org, "viewer"));
    expect(view.actions).toEqual([{ action: "invite", allowed: false, reason: "Only admins manage members." }]);
    const foreign = (await t.db.read.memberships.listMembers(other.organizationId))[0]?.memberId ?? "";
    await expectRefused(t.db, other.organizationId, () => changeMemberRole(t.db, { ...actorFor(org, "viewer"), role: "admin", userId: org.member("approver").userId }, { memberId: foreign, role: "viewer" }), "MEMBER_NOT_FOUND");
  });
});
