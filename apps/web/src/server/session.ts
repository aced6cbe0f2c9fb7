import "server-only";
import type { RouterOutputs } from "@closebook/api";
import { workspaceActions } from "@closebook/core";
import { TRPCError } from "@trpc/server";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getQueryClient, trpc } from "@/trpc/server-caller";

export type Me = RouterOutputs["session"]["me"];

/**
 * The signed-in person (`session.me`), or null without a valid session. Checked on the server
 * for every page render; cached for the request and put in the request's QueryClient, so client
 * components hydrate it without another round trip.
 */
export const getMe = cache(async (): Promise<Me | null> => {
  try {
    return await getQueryClient().fetchQuery(trpc.session.me.queryOptions());
  } catch (error) {
    if (error instanceof TRPCError && error.code === "UNAUTHORIZED") return null;
    throw error;
  }
});

/** The signed-in person; anyone else is sent to the sign-in page. */
export async function requireMe(): Promise<Me> {
  const me = await getMe();
  if (!me) redirect("/sign-in");
  return me;
}

export type WorkspaceActions = RouterOutputs["session"]["actions"];

/**
 * The server's verdict on each top-level action for the signed-in person in the active
 * organization (`session.actions`): what the palette and the pages' "New …" buttons render.
 * Null outside an organization. Cached for the request.
 */
export const getActions = cache(async (): Promise<WorkspaceActions | null> => {
  const me = await getMe();
  if (!me?.activeOrganization) return null;
  return getQueryClient().fetchQuery(trpc.session.actions.queryOptions());
});

/**
 * For each top-level action, whether the server allows it now (all false outside an organization):
 * what a page's "New …" buttons and forms are shown from. The reasons are in `getActions()`.
 */
export async function allowedActions(): Promise<Record<keyof WorkspaceActions, boolean>> {
  const actions = await getActions();
  return Object.fromEntries(workspaceActions.map((action) => [action, actions?.[action].allowed === true])) as Record<keyof WorkspaceActions, boolean>;
}
