import "server-only";
import { dehydrate, HydrationBoundary, type FetchQueryOptions, type QueryKey } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { getQueryClient } from "./server-caller";

/** Hands what this request prefetched on the server to the browser's QueryClient. */
export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}

/**
 * Starts a query on the server without waiting for it: `prefetch(trpc.accounts.list.queryOptions())`.
 * The pending query is dehydrated and its result streams to the browser.
 */
export function prefetch<TQueryFnData, TError, TData, TQueryKey extends QueryKey>(
  options: FetchQueryOptions<TQueryFnData, TError, TData, TQueryKey>,
): void {
  void getQueryClient().prefetchQuery(options);
}
