import { actorFor, countSideEffects, createTestDatabase, createTestOrganization, expectDelta, expectRefused, type TestDatabase, type TestOrganization } from "@closebook/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cancelInvitation } from "./cancel-invitation";
import { inviteMember } from "./invite-member";

let t: TestDatabase;
let org: TestOrganization;
let other: TestOrganization;

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 4 });
  org = await createTestOrganization(t.db);
  other = await createTestOrganization(t.db, ["admin"], "Other Org");
});
afterAll(() => t.destroy());

describe("cancel-invitation", () => {
  it("withdraws a pending invitation with one audit event; a second time is INVITATION_NOT_FOUND", async () => {
    const invitation = (await inviteMember(t.db, actorFor(org, "admin"), { email: "gone@example.test", role: "viewer" })).state;
    const before = await countSideEffects(t.db, org.organizationId);
    const result = await cancelInvitation(t.db, actorFor(org, "admin"), { invitationId: invitation.id });
    expect(result.state.status).toBe("canceled");
    expect(result.message).toBe("The invitation of gone@example.test is withdrawn.");
    expectDelta(before, await countSideEffects(t.db, org.organizationId), { auditEvents: 1 });
    await expectRefused(t.db, org.organizationId, () => cancelInvitation(t.db, actorFor(org, "admin"), { invitationId: invitation.id }), "INVITATION_NOT_FOUND");
  });

  it("refuses a non-admin with NOT_PERMITTED and another organization's admin with INVITATION_NOT_FOUND", async () => {
    const invitation = (await inviteMember(t.db, actorFor(org, "admin"), { email: "kept@example.test", role: "viewer" })).state;
    await expectRefused(t.db, org.organizationId, () => cancelInvitation(t.db, actorFor(org, "controller"), { invitationId: invitation.id }), "NOT_PERMITTED");
    await expectRefused(t.db, org.organizationId, () => cancelInvitation(t.db, actorFor(other, "admin"), { invitationId: invitation.id }), "INVITATION_NOT_FOUND");
    expect((await t.db.read.invitations.findById(invitation.id))?.status).toBe("pending");
  });
});
