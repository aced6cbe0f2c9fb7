import { getWorkspaceAccess, getWorkspaceActions } from "@closebook/core";
import type { TRPCRouterRecord } from "@trpc/server";
import { meSchema, type Me } from "../schemas/session-schemas";
import { authenticatedProcedure, query } from "../trpc";

export const sessionRouter = {
  /** Who is signed in, their organizations, the chosen one, and what their role there allows. */
  me: authenticatedProcedure
    .output(meSchema)
    .query(async ({ ctx }): Promise<Me> => ({ user: ctx.user, ...(await getWorkspaceAccess(ctx.db, ctx.user.id, ctx.activeOrganizationId)) })),
  /** What the caller may start in the active organization (palette, "New …" buttons), and why not. */
  actions: query(getWorkspaceActions),
} satisfies TRPCRouterRecord;
