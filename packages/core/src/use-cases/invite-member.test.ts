import { actorFor, countSideEffects, createTestDatabase, createTestOrganization, expectDelta, expectRefused, type TestDatabase, type TestOrganization } from "@closebook/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import type { Mailer } from "../jobs/deliver-notification";
import { deliverInvitation } from "../jobs/deliver-invitation";
import { inviteMember } from "./invite-member";

let t: TestDatabase;
let org: TestOrganization;

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 4 });
  org = await createTestOrganization(t.db);
});
afterAll(() => t.destroy());

describe("invite-member", () => {
  it("invites an e-mail with a role: the invitation row, one audit event, one e-mail job", async () => {
    const before = await countSideEffects(t.db, org.organizationId);
    const result = await inviteMember(t.db, actorFor(org, "admin"), { email: "  New.Person@Example.test ", role: "approver" });
    expect(result.state).toMatchObject({ email: "new.person@example.test", role: "approver", status: "pending", organizationName: "Test Org", inviterId: org.member("admin").userId });
    expect(result.message).toBe("new.person@example.test is invited to Test Org as approver.");
    expect(result.triggered).toEqual(["recorded audit event member.invited", "queued the invitation e-mail to new.person@example.test"]);
    expectDelta(before, await countSideEffects(t.db, org.organizationId), { invitations: 1, auditEvents: 1, jobs: 1 });

    const sent: { to: string; subject: string; text: string }[] = [];
    const mailer: Mailer = { send: async (m) => void sent.push(m) };
    expect(await deliverInvitation(t.db, mailer, { invitationId: result.state.id })).toBe("sent");
    expect(sent).toEqual([expect.objectContaining({ to: "new.person@example.test", subject: "You are invited to Test Org on Closebook" })]);
    // The link names the invitation: an account with an unverified address sees it only through it.
    expect(sent[0]?.text).toContain(`/invitations?invitation=${result.state.id}`);
  });

  it("refuses a second pending invitation with INVITATION_ALREADY_PENDING and a member's e-mail with ALREADY_A_MEMBER", async () => {
    await expectRefused(t.db, org.organizationId, () => inviteMember(t.db, actorFor(org, "admin"), { email: "new.person@example.test", role: "viewer" }), "INVITATION_ALREADY_PENDING");
    await expectRefused(t.db, org.organizationId, () => inviteMember(t.db, actorFor(org, "admin"), { email: org.member("clerk").email.toUpperCase(), role: "viewer" }), "ALREADY_A_MEMBER");
  });

  it("refuses everyone but an admin with NOT_PERMITTED, and rejects a bad e-mail or role", async () => {
    for (const role of ["viewer", "clerk", "approver", "controller"] as const) {
      await expectRefused(t.db, org.organizationId, () => inviteMember(t.db, actorFor(org, role), { email: "someone@example.test", role: "viewer" }), "NOT_PERMITTED");
    }
    const error = await inviteMember(t.db, actorFor(org, "admin"), { email: "not-an-email", role: "owner" as never }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues.map((i) => i.path.join(".")).sort()).toEqual(["email", "role"]);
  });

  it("replays a retry with the same key", async () => {
    const first = await inviteMember(t.db, actorFor(org, "admin"), { email: "retry@example.test", role: "clerk" }, { idempotencyKey: "invite-1" });
    const before = await countSideEffects(t.db, org.organizationId);
    expect(await inviteMember(t.db, actorFor(org, "admin"), { email: "retry@example.test", role: "clerk" }, { idempotencyKey: "invite-1" })).toEqual({ ...first, replayed: true });
    expect(await countSideEffects(t.db, org.organizationId)).toEqual(before);
  });
});
