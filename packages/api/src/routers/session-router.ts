import { can, isRole, permissions, type Permission } from "@closebook/core";
import type { TRPCRouterRecord } from "@trpc/server";
import { meSchema, type Me } from "../schemas/session-schemas";
import { authenticatedProcedure } from "../trpc";

export const sessionRouter = {
  /** Who is signed in, their organizations, the chosen one, and what their role there allows. */
  me: authenticatedProcedure.output(meSchema).query(async ({ ctx }): Promise<Me> => {
    const memberships = await ctx.db.read.memberships.listForUser(ctx.user.id);
    const active = memberships.find((m) => m.organizationId === ctx.activeOrganizationId) ?? memberships[0] ?? null;
    const role = active && isRole(active.role) ? active.role : null;
    const allowed = role ? (Object.keys(permissions) as Permission[]).filter((p) => can(role, p)) : [];
    return { user: ctx.user, memberships, activeOrganization: active, role, permissions: allowed };
  }),
} satisfies TRPCRouterRecord;
