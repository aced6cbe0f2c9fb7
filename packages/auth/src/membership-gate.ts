import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware } from "better-auth/api";

/**
 * The organization plugin's endpoints Closebook keeps: choosing the active organization (which
 * better-auth checks against the `member` table) and reading one's own memberships.
 */
export const openOrganizationPaths = new Set(["/organization/set-active", "/organization/list", "/organization/get-active-member", "/organization/get-active-member-role"]);

/**
 * Organizations, members and invitations change only through Closebook's use cases
 * (create-organization, invite-member, accept-invitation, change-member-role, remove-member,
 * cancel-invitation), which own the rules (only admins manage members; the last admin stays;
 * roles are core's) and record each change in the audit log. So that better-auth's own endpoints
 * are not a second, unaudited way in, every other `/organization/*` endpoint answers 404, for
 * HTTP requests and server-side `auth.api` calls alike: an allowlist, so an endpoint a later
 * better-auth adds is closed too.
 */
export function membershipGate(): BetterAuthPlugin {
  return {
    id: "closebook-membership-gate",
    hooks: {
      before: [
        {
          matcher: (ctx) => (ctx.path ?? "").startsWith("/organization/") && !openOrganizationPaths.has(ctx.path ?? ""),
          handler: createAuthMiddleware(async () => {
            throw new APIError("NOT_FOUND", { message: "Organizations, members and invitations are managed in Closebook's back office." });
          }),
        },
      ],
    },
  };
}
