import "server-only";
import type { FetchQueryOptions, QueryKey } from "@tanstack/react-query";
import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";
import { getQueryClient } from "@/trpc/server-caller";

/**
 * Fetches the document a detail page shows (and keeps it for `HydrateClient`). An unknown or
 * malformed id is the 404 page; any other failure returns null and the client component shows it.
 */
export async function fetchDetail<TQueryFnData, TError, TData, TQueryKey extends QueryKey>(
  options: FetchQueryOptions<TQueryFnData, TError, TData, TQueryKey>,
): Promise<TData | null> {
  try {
    return await getQueryClient().fetchQuery(options);
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    return null;
  }
}
