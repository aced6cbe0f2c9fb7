/**
 * A typed client for TypeScript programs that call Closebook over HTTP:
 *
 *   const closebook = createClosebookClient({ url: "https://books.example.com/api/trpc", cookie, organizationId });
 *   const { state, message, warnings } = await closebook.accounts.create.mutate({ ... });
 */
import { createTRPCClient, httpBatchLink, httpLink } from "@trpc/client";
import superjson from "superjson";
import { organizationHeader } from "./context";
import type { AppRouter } from "./root";

export interface ClosebookClientOptions {
  url: string;
  /** The session cookie returned by POST /api/auth/sign-in/email. */
  cookie?: string;
  organizationId?: string;
  fetch?: typeof fetch;
  /** Batch concurrent calls into one HTTP request (default true). */
  batch?: boolean;
}

export function createClosebookClient(options: ClosebookClientOptions) {
  return createTRPCClient<AppRouter>({
    links: [
      (options.batch === false ? httpLink : httpBatchLink)({
        url: options.url,
        transformer: superjson,
        ...(options.fetch ? { fetch: options.fetch } : {}),
        headers: () => ({
          ...(options.cookie ? { cookie: options.cookie } : {}),
          ...(options.organizationId ? { [organizationHeader]: options.organizationId } : {}),
        }),
      }),
    ],
  });
}
