import "server-only";
import { appRouter, createCallerFactory, createContext } from "@closebook/api";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { headers } from "next/headers";
import { cache } from "react";
import { serverDependencies } from "@/server/server-dependencies";
import { makeQueryClient } from "@/trpc/query-client";

/**
 * Server components call the tRPC router in-process (no HTTP hop), as the signed-in person:
 * the context is built once per request from the incoming cookies.
 */
const createRequestContext = cache(async () => {
  const incoming = new Headers(await headers());
  incoming.set("x-trpc-source", "rsc");
  return createContext(serverDependencies(), incoming);
});

/** One QueryClient per request: what server components prefetch is handed to the browser. */
export const getQueryClient = cache(makeQueryClient);

/** Query options for server components: `prefetch(trpc.accounts.list.queryOptions())`. */
export const trpc = createTRPCOptionsProxy({
  router: appRouter,
  ctx: createRequestContext,
  queryClient: getQueryClient,
});

const createCaller = createCallerFactory(appRouter);

/** A direct caller, for server code that needs a procedure's result rather than a cache entry. */
export async function serverCaller() {
  return createCaller(await createRequestContext());
}
