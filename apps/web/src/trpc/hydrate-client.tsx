import "server-only";
import { dehydrate, HydrationBoundary, type FetchInfiniteQueryOptions, type FetchQueryOptions, type QueryKey } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { getQueryClient } from "@/trpc/server-caller";

/** Hands what this request prefetched on the server to the browser's QueryClient. */
export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}

/**
 * Runs a query on the server and keeps its result for `HydrateClient`:
 * `await prefetch(trpc.accounts.list.queryOptions({}))`. Awaiting it means the server-rendered
 * HTML already holds the data, so the browser hydrates the same markup without a loading state.
 * (Failures are kept in the cache, not thrown: the client component shows them.)
 */
export function prefetch<TQueryFnData, TError, TData, TQueryKey extends QueryKey>(
  options: FetchQueryOptions<TQueryFnData, TError, TData, TQueryKey>,
): Promise<void> {
  return getQueryClient().prefetchQuery(options);
}

/** `prefetch` for a paged list's first page: `prefetchInfinite(trpc.charges.list.infiniteQueryOptions(input, …))`. */
export function prefetchInfinite<TQueryFnData, TError, TData, TQueryKey extends QueryKey, TPageParam>(
  options: FetchInfiniteQueryOptions<TQueryFnData, TError, TData, TQueryKey, TPageParam>,
): Promise<void> {
  return getQueryClient().prefetchInfiniteQuery(options);
}
