import { randomUUID } from "node:crypto";
import { createAuth, type AuthOptions, type ClientConnection } from "@closebook/auth";
import type { Role } from "@closebook/core";
import { createTestDatabase, type TestDatabase } from "@closebook/db/testing";
import { createClosebookClient } from "../client";
import type { ApiDependencies } from "../context";
import { createRequestHandler } from "../http-handler";

const baseURL = "http://closebook.test";

export interface ApiHarness {
  t: TestDatabase;
  deps: ApiDependencies;
  /** The HTTP API; `connection.remoteAddress` plays the socket's address (the rate-limit key). */
  handle: (request: Request, connection?: ClientConnection) => Promise<Response>;
  organizationId: string;
  /**
   * Signs up a user with a password, makes them a member with `role` (of the harness's
   * organization, or of `organizationId`), signs in, returns a client for that organization.
   */
  signInAs(role: Role, organizationId?: string): Promise<{ client: ReturnType<typeof createClosebookClient>; userId: string; cookie: string }>;
  /** Another organization in the same database (for isolation tests); returns its id. */
  addOrganization(name: string): Promise<string>;
  anonymousClient(): ReturnType<typeof createClosebookClient>;
  destroy(): Promise<void>;
}

/**
 * The real HTTP API (better-auth + tRPC fetch handler) over a private test database, driven by
 * the typed client through an in-process fetch: everything but the socket.
 */
export async function createApiHarness(authOptions: Pick<AuthOptions, "trustedProxyHeader"> = {}): Promise<ApiHarness> {
  const t = await createTestDatabase();
  const auth = createAuth({ prisma: t.db.prisma, baseURL, secret: "test-secret-test-secret-test-secret-00", ...authOptions });
  const deps = { db: t.db, auth };
  const handle = createRequestHandler(deps);
  const organizationId: string = randomUUID();
  let signIns = 0;
  await t.db.prisma.organization.create({ data: { id: organizationId, name: "Harness Org", slug: `harness-${organizationId.slice(0, 8)}` } });
  const fetchVia = (cookie?: string): typeof fetch => async (input, init) => {
    const request = new Request(input instanceof Request ? input : new URL(String(input), baseURL), init);
    if (cookie) request.headers.set("cookie", cookie);
    return handle(request);
  };
  const clientFor = (cookie?: string, forOrganization: string = organizationId) =>
    createClosebookClient({ url: `${baseURL}/api/trpc`, fetch: fetchVia(cookie), organizationId: forOrganization, batch: false });
  return {
    t,
    deps,
    handle,
    organizationId,
    anonymousClient: () => clientFor(),
    async addOrganization(name) {
      const id: string = randomUUID();
      await t.db.prisma.organization.create({ data: { id, name, slug: `harness-${id.slice(0, 8)}` } });
      return id;
    },
    async signInAs(role, memberOf = organizationId) {
      const email = `${role}-${randomUUID().slice(0, 8)}@example.test`;
      const password = "correct horse battery staple";
      const signUp = await auth.api.signUpEmail({ body: { email, password, name: `Test ${role}` } });
      await t.db.prisma.member.create({ data: { id: randomUUID(), organizationId: memberOf, userId: signUp.user.id, role } });
      const response = await handle(
        new Request(`${baseURL}/api/auth/sign-in/email`, {
          method: "POST",
          // Each test user signs in from its own address, as the rate limit is per client address.
          headers: { "content-type": "application/json", origin: baseURL, "x-forwarded-for": `198.51.100.${++signIns}` },
          body: JSON.stringify({ email, password }),
        }),
        { remoteAddress: `198.51.100.${signIns}` },
      );
      if (!response.ok) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
      const cookie = response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
      return { client: clientFor(cookie, memberOf), userId: signUp.user.id, cookie };
    },
    destroy: () => t.destroy(),
  };
}
