import { actorFor, createTestDatabase, createTestOrganization, expectRefused, type TestDatabase, type TestOrganization } from "@closebook/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cancelInvitation } from "../use-cases/cancel-invitation";
import { inviteMember } from "../use-cases/invite-member";
import { removeMember } from "../use-cases/remove-member";
import { listMembers } from "./member-queries";

let t: TestDatabase;
let org: TestOrganization;

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 4 });
  org = await createTestOrganization(t.db, ["viewer", "controller", "admin"]);
});
afterAll(() => t.destroy());

describe("list-members allowed actions", () => {
  it("gives an admin the verdicts remove-member then applies, the last admin refused", async () => {
    await inviteMember(t.db, actorFor(org, "admin"), { email: "new.person@example.com", role: "clerk" });
    const view = await listMembers(t.db, actorFor(org, "admin"));
    const admin = view.members.find((m) => m.role === "admin");
    expect(admin?.allowedActions.remove).toEqual({ allowed: false, code: "LAST_ADMIN", reason: `${admin?.name ?? ""} is the only admin.` });
    const error = await expectRefused(t.db, org.organizationId, () => removeMember(t.db, actorFor(org, "admin"), { memberId: admin?.memberId ?? "" }), "LAST_ADMIN");
    expect(error.message).toContain(`${admin?.name ?? ""} is the only admin.`);
    expect(view.members.find((m) => m.role === "viewer")?.allowedActions).toEqual({ changeRole: { allowed: true }, remove: { allowed: true } });
    expect(view.allowedActions.invite).toEqual({ allowed: true });
    expect(view.invitations.map((i) => [i.email, i.allowedActions.cancel])).toEqual([["new.person@example.com", { allowed: true }]]);
    // The older list form carries the same verdicts.
    expect(admin?.actions).toEqual([
      { action: "changeRole", allowed: false, reason: admin?.allowedActions.changeRole.allowed === false ? admin.allowedActions.changeRole.reason : "" },
      { action: "remove", allowed: false, reason: admin?.allowedActions.remove.allowed === false ? admin.allowedActions.remove.reason : "" },
    ]);
  });

  it("refuses every member action to a non-admin, as the use cases do", async () => {
    const view = await listMembers(t.db, actorFor(org, "controller"));
    const refused = { allowed: false, code: "NOT_PERMITTED", reason: "Only admins manage members." };
    expect(view.allowedActions.invite).toEqual(refused);
    for (const member of view.members) expect(member.allowedActions).toEqual({ changeRole: refused, remove: refused });
    const [invitation] = view.invitations;
    expect(invitation?.allowedActions.cancel).toEqual(refused);
    await expectRefused(t.db, org.organizationId, () => cancelInvitation(t.db, actorFor(org, "controller"), { invitationId: invitation?.id ?? "" }), "NOT_PERMITTED");
  });
});
