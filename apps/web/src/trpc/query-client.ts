import { defaultShouldDehydrateQuery, MutationCache, QueryCache, QueryClient } from "@tanstack/react-query";
import superjson from "superjson";

/**
 * One QueryClient recipe for the server (one per request) and the browser (one per tab).
 * Dehydrated data crosses from server components to the browser through superjson, so `bigint`
 * amounts and dates survive the trip, and pending server prefetches stream in.
 */
export function makeQueryClient(
  options: { onQueryError?: (error: Error) => void; onMutationSuccess?: (data: unknown) => void; onMutationError?: (error: Error) => void } = {},
): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: (error) => options.onQueryError?.(error) }),
    // Every mutation's outcome (message, warnings) or failure, in one place: the browser shows them as toasts.
    mutationCache: new MutationCache({
      // `meta: { quiet: true }` for a mutation the person does not wait for (marking read on the way out).
      onSuccess: (data, _variables, _context, mutation) => {
        if (!mutation.meta?.quiet) options.onMutationSuccess?.(data);
      },
      onError: (error, _variables, _context, mutation) => {
        if (!mutation.meta?.quiet) options.onMutationError?.(error);
      },
    }),
    defaultOptions: {
      queries: {
        // Data prefetched on the server is fresh on arrival; do not refetch it at once.
        staleTime: 30_000,
        retry: (failureCount, error) => failureCount < 2 && !isClientError(error),
      },
      dehydrate: {
        serializeData: superjson.serialize,
        shouldDehydrateQuery: (query) => defaultShouldDehydrateQuery(query) || query.state.status === "pending",
        shouldRedactErrors: () => false,
      },
      hydrate: {
        deserializeData: superjson.deserialize,
      },
    },
  });
}

/** 4xx answers (unauthorized, forbidden, bad input, conflicts) do not get better on retry. */
function isClientError(error: unknown): boolean {
  if (typeof error !== "object" || error === null || !("data" in error)) return false;
  const data = (error as { data?: { httpStatus?: unknown } }).data;
  return typeof data?.httpStatus === "number" && data.httpStatus >= 400 && data.httpStatus < 500;
}
