import "server-only";
import type { RouterOutputs } from "@closebook/api";
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
