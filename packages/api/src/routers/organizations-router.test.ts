import { TRPCClientError } from "@trpc/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClosebookClient } from "../client";
import type { AppRouter } from "../root";
import { createApiHarness, type ApiHarness } from "../testing/api-harness";

const baseURL = "http://closebook.test";
let h: ApiHarness;
beforeAll(async () => {
  h = await createApiHarness();
});
afterAll(() => h.destroy());

async function trpcError(promise: Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(TRPCClientError);
  return error as TRPCClientError<AppRouter>;
}

/** A client with this cookie, choosing the organization by header (or, without one, by the session's active organization). */
function clientWith(cookie: string, organizationId?: string) {
  const fetchVia: typeof fetch = async (input, init) => {
    const request = new Request(input instanceof Request ? input : new URL(String(input), baseURL), init);
    request.headers.set("cookie", cookie);
    return h.handle(request);
  };
  return createClosebookClient({ url: `${baseURL}/api/trpc`, fetch: fetchVia, batch: false, ...(organizationId ? { organizationId } : {}) });
}

/** POSTs to better-auth; returns the response and the cookie updated with what it set. */
async function authPost(path: string, cookie: string, body: unknown): Promise<{ response: Response; cookie: string }> {
  const response = await h.handle(new Request(`${baseURL}/api/auth${path}`, { method: "POST", headers: { "content-type": "application/json", origin: baseURL, cookie }, body: JSON.stringify(body) }), { remoteAddress: "198.51.100.200" });
  const jar = new Map(cookie.split("; ").filter(Boolean).map((c) => [c.slice(0, c.indexOf("=")), c] as const));
  for (const set of response.headers.getSetCookie()) {
    const pair = set.split(";")[0] ?? "";
    jar.set(pair.slice(0, pair.indexOf("=")), pair);
  }
  return { response, cookie: [...jar.values()].join("; ") };
}

let signUps = 0;
async function signUpAndIn(email: string): Promise<string> {
  const password = "correct horse battery staple";
  await h.deps.auth.api.signUpEmail({ body: { email, password, name: `Invitee ${++signUps}` } });
  const { response, cookie } = await authPost("/sign-in/email", "", { email, password });
  expect(response.ok).toBe(true);
  return cookie;
}

describe("a second organization over HTTP", () => {
  it("a user creates a second organization, switches to it, and the two organizations' data never mix", async () => {
    const { client: first, cookie } = await h.signInAs("controller");
    await first.counterparties.create.mutate({ kind: "vendor", name: "First Org Vendor" });
    await first.accounts.create.mutate({ code: "1999", name: "First org only", type: "asset", currency: "EUR" });

    const created = await first.organizations.create.mutate({ name: "Contoso Holdings GmbH", baseCurrency: "EUR", idempotencyKey: "create-contoso-1" });
    expect(created.message).toBe("Contoso Holdings GmbH is ready: you are its admin, with 19 accounts in its chart.");
    const second = created.state.id;
    expect((await first.organizations.create.mutate({ name: "Contoso Holdings GmbH", baseCurrency: "EUR", idempotencyKey: "create-contoso-1" })).replayed).toBe(true);
    const duplicate = await trpcError(first.organizations.create.mutate({ name: "Contoso Holdings GmbH" }));
    expect(duplicate.data?.code).toBe("CONFLICT");
    expect(duplicate.data?.domainCode).toBe("DUPLICATE_ORGANIZATION");

    // Switching by header (an API client) ...
    const inSecond = clientWith(cookie, second);
    const me = await inSecond.session.me.query();
    expect(me.memberships.map((m) => [m.organizationName, m.role]).sort()).toEqual([["Contoso Holdings GmbH", "admin"], ["Harness Org", "controller"]]);
    expect(me.activeOrganization?.organizationId).toBe(second);
    expect(me.role).toBe("admin");
    await inSecond.counterparties.create.mutate({ kind: "vendor", name: "Second Org Vendor" });

    const secondAccounts = (await inSecond.accounts.list.query()).map((a) => a.code);
    expect(secondAccounts).toHaveLength(19);
    expect(secondAccounts).not.toContain("1999");
    expect((await inSecond.counterparties.list.query({ kind: "vendor" })).items.map((c) => c.name)).toEqual(["Second Org Vendor"]);
    const firstVendors = (await first.counterparties.list.query({ kind: "vendor" })).items.map((c) => c.name);
    expect(firstVendors).toContain("First Org Vendor");
    expect(firstVendors).not.toContain("Second Org Vendor");
    expect((await first.accounts.list.query()).map((a) => a.code)).toEqual(["1999"]);

    // ... and by the session's active organization (the web's switcher), through better-auth's set-active.
    let switched = cookie;
    const noHeader = () => clientWith(switched, undefined);
    ({ cookie: switched } = await authPost("/organization/set-active", cookie, { organizationId: second }));
    expect((await noHeader().session.me.query()).activeOrganization?.organizationName).toBe("Contoso Holdings GmbH");
    expect((await noHeader().counterparties.list.query({ kind: "vendor" })).items.map((c) => c.name)).toEqual(["Second Org Vendor"]);
    ({ cookie: switched } = await authPost("/organization/set-active", switched, { organizationId: h.organizationId }));
    expect((await noHeader().session.me.query()).activeOrganization?.organizationName).toBe("Harness Org");
    expect((await noHeader().counterparties.list.query({ kind: "vendor" })).items.map((c) => c.name)).not.toContain("Second Org Vendor");

    // Someone of the first organization only cannot reach the second.
    const { cookie: clerkCookie } = await h.signInAs("clerk");
    const refused = await trpcError(clientWith(clerkCookie, second).accounts.list.query());
    expect(refused.data?.domainCode).toBe("NOT_A_MEMBER");
    const { response } = await authPost("/organization/set-active", clerkCookie, { organizationId: second });
    expect(response.ok).toBe(false);
  });

  it("keeps better-auth's own organization and membership endpoints closed", async () => {
    const { cookie } = await h.signInAs("admin");
    for (const [path, body] of [
      ["/organization/create", { name: "Sneaky", slug: "sneaky" }],
      ["/organization/invite-member", { email: "x@example.test", role: "admin", organizationId: h.organizationId }],
      ["/organization/update-member-role", { memberId: "m", role: "admin", organizationId: h.organizationId }],
      ["/organization/remove-member", { memberIdOrEmail: "x@example.test", organizationId: h.organizationId }],
      ["/organization/accept-invitation", { invitationId: "i" }],
      ["/organization/delete", { organizationId: h.organizationId }],
    ] as const) {
      const { response } = await authPost(path, cookie, body);
      expect(response.status, path).toBe(404);
    }
    expect(await h.t.db.prisma.organization.count({ where: { slug: "sneaky" } })).toBe(0);
  });
});

describe("members and invitations over HTTP", () => {
  it("an admin invites, the invitee accepts after signing up, the admin changes the role and removes them; each audited", async () => {
    const admin = await h.signInAs("admin");
    const auditCount = () => h.t.db.prisma.auditEvent.count({ where: { organizationId: h.organizationId, action: { in: ["member.invited", "invitation.accepted", "member.role_changed", "member.removed"] } } });
    const auditBefore = await auditCount();
    const invited = await admin.client.members.invite.mutate({ email: "newcomer@example.test", role: "clerk" });
    expect(invited.state.status).toBe("pending");
    const view = await admin.client.members.list.query();
    expect(view.invitations.map((i) => [i.email, i.role, i.actions])).toEqual([["newcomer@example.test", "clerk", [{ action: "cancel", allowed: true, reason: null }]]]);
    expect(view.actions).toEqual([{ action: "invite", allowed: true, reason: null }]);

    const cookie = await signUpAndIn("newcomer@example.test");
    const invitee = clientWith(cookie);
    // Sign-up does not verify the address: anyone could have signed up with it, so the account
    // sees the invitation only through the link the invitation e-mail carries.
    expect(await invitee.invitations.mine.query()).toEqual([]);
    const mine = await invitee.invitations.mine.query({ invitationId: invited.state.id });
    expect(mine.map((i) => [i.organizationName, i.role])).toEqual([["Harness Org", "clerk"]]);
    // Once the address is verified, the account sees its invitations without the link.
    await h.t.db.prisma.user.updateMany({ where: { email: "newcomer@example.test" }, data: { emailVerified: true } });
    expect((await invitee.invitations.mine.query()).map((i) => i.id)).toEqual([invited.state.id]);
    const accepted = await invitee.invitations.accept.mutate({ invitationId: invited.state.id });
    expect(accepted.message).toBe("You joined Harness Org as clerk.");
    expect((await clientWith(cookie, h.organizationId).session.me.query()).role).toBe("clerk");

    // A clerk sees the list, but every action is refused, with the reason.
    const clerkView = await clientWith(cookie, h.organizationId).members.list.query();
    expect(clerkView.actions).toEqual([{ action: "invite", allowed: false, reason: "Only admins manage members." }]);
    expect(clerkView.members.every((m) => m.actions.every((a) => !a.allowed))).toBe(true);
    const refused = await trpcError(clientWith(cookie, h.organizationId).members.invite.mutate({ email: "friend@example.test", role: "admin" }));
    expect(refused.data?.domainCode).toBe("NOT_PERMITTED");

    const memberId = (await admin.client.members.list.query()).members.find((m) => m.email === "newcomer@example.test")?.memberId ?? "";
    expect((await admin.client.members.changeRole.mutate({ memberId, role: "approver" })).state.role).toBe("approver");
    await admin.client.members.remove.mutate({ memberId });
    const gone = await trpcError(clientWith(cookie, h.organizationId).accounts.list.query());
    expect(gone.data?.domainCode).toBe("NOT_A_MEMBER");
    expect((await auditCount()) - auditBefore).toBe(4);
  });
});
