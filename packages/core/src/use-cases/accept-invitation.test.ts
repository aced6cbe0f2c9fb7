import { actorFor, countSideEffects, createTestDatabase, createTestOrganization, expectDelta, expectRefused, type TestDatabase, type TestOrganization } from "@closebook/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getWorkspaceAccess } from "../queries/workspace-access-query";
import { acceptInvitation } from "./accept-invitation";
import { cancelInvitation } from "./cancel-invitation";
import { inviteMember } from "./invite-member";

let t: TestDatabase;
let org: TestOrganization;
let other: TestOrganization;

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 4 });
  org = await createTestOrganization(t.db);
  other = await createTestOrganization(t.db, ["admin", "clerk"], "Other Org");
});
afterAll(() => t.destroy());

const as = (userId: string) => ({ userId, requestId: `req-${crypto.randomUUID().slice(0, 8)}` });

describe("accept-invitation", () => {
  it("makes the invitee a member with the invited role, once, with one audit event", async () => {
    const invitee = other.member("clerk");
    const invitation = (await inviteMember(t.db, actorFor(org, "admin"), { email: invitee.email, role: "controller" })).state;
    const before = await countSideEffects(t.db, org.organizationId);
    const result = await acceptInvitation(t.db, as(invitee.userId), { invitationId: invitation.id }, { idempotencyKey: "accept-1" });
    expect(result.state).toMatchObject({ organizationId: org.organizationId, userId: invitee.userId, role: "controller" });
    expect(result.message).toBe("You joined Test Org as controller.");
    expectDelta(before, await countSideEffects(t.db, org.organizationId), { members: 1, auditEvents: 1 });
    expect((await t.db.read.invitations.findById(invitation.id))?.status).toBe("accepted");
    const access = await getWorkspaceAccess(t.db, invitee.userId, org.organizationId);
    expect(access.memberships.map((m) => [m.organizationName, m.role]).sort()).toEqual([["Other Org", "clerk"], ["Test Org", "controller"]]);

    // A retry replays; accepting again without the key is refused.
    const after = await countSideEffects(t.db, org.organizationId);
    expect(await acceptInvitation(t.db, as(invitee.userId), { invitationId: invitation.id }, { idempotencyKey: "accept-1" })).toEqual({ ...result, replayed: true });
    expect(await countSideEffects(t.db, org.organizationId)).toEqual(after);
    await expectRefused(t.db, org.organizationId, () => acceptInvitation(t.db, as(invitee.userId), { invitationId: invitation.id }), "INVITATION_NOT_FOUND");
  });

  it("refuses anyone signed in with another e-mail, and a withdrawn invitation, with INVITATION_NOT_FOUND", async () => {
    const invitation = (await inviteMember(t.db, actorFor(org, "admin"), { email: "someone-else@example.test", role: "viewer" })).state;
    await expectRefused(t.db, org.organizationId, () => acceptInvitation(t.db, as(other.member("admin").userId), { invitationId: invitation.id }), "INVITATION_NOT_FOUND");
    await cancelInvitation(t.db, actorFor(org, "admin"), { invitationId: invitation.id });
    const invitee = await t.db.prisma.user.create({ data: { id: crypto.randomUUID(), name: "Someone Else", email: "someone-else@example.test" } });
    await expectRefused(t.db, org.organizationId, () => acceptInvitation(t.db, as(invitee.id), { invitationId: invitation.id }), "INVITATION_NOT_FOUND");
  });

  it("refuses an invitee who is already a member with ALREADY_A_MEMBER", async () => {
    const invitation = (await inviteMember(t.db, actorFor(org, "admin"), { email: "late@example.test", role: "viewer" })).state;
    const user = await t.db.prisma.user.create({ data: { id: crypto.randomUUID(), name: "Late", email: "late@example.test" } });
    await t.db.prisma.member.create({ data: { id: crypto.randomUUID(), organizationId: org.organizationId, userId: user.id, role: "clerk" } });
    await expectRefused(t.db, org.organizationId, () => acceptInvitation(t.db, as(user.id), { invitationId: invitation.id }), "ALREADY_A_MEMBER");
  });
});
