"use client";

import type { AppRouter } from "@closebook/api";
import { QueryClientProvider, type QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, loggerLink, TRPCClientError } from "@trpc/client";
import { createTRPCContext } from "@trpc/tanstack-react-query";
import { useState, type ReactNode } from "react";
import superjson from "superjson";
import { toastFailure, toastOutcome } from "@/lib/outcome-toast";
import { makeQueryClient } from "@/trpc/query-client";

/** `useTRPC()` gives typed query and mutation options for client components. */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

/** Relative in the browser; during server rendering of client components, this server itself. */
function baseUrl(): string {
  if (typeof window !== "undefined") return "";
  return `http://localhost:${process.env.PORT ?? 3000}`;
}

let browserQueryClient: QueryClient | undefined;

function getQueryClient(): QueryClient {
  // On the server (the client component's SSR pass) always a new client; in the browser one per tab.
  if (typeof window === "undefined") return makeQueryClient();
  browserQueryClient ??= makeQueryClient({ onQueryError: redirectWhenSignedOut, onMutationSuccess: toastOutcome, onMutationError: toastFailure });
  return browserQueryClient;
}

/** A query answered UNAUTHORIZED means the session ended (expired or signed out elsewhere). */
function redirectWhenSignedOut(error: unknown): void {
  if (error instanceof TRPCClientError && error.data?.code === "UNAUTHORIZED") {
    window.location.assign(`/sign-in?next=${encodeURIComponent(window.location.pathname)}`);
  }
}

export function TRPCReactProvider({ children }: { children: ReactNode }) {
  const queryClient = getQueryClient();
  const [trpcClient] = useState(() =>
    createTRPCClient<AppRouter>({
      links: [
        loggerLink({
          enabled: (op) => process.env.NODE_ENV === "development" && typeof window !== "undefined" && op.direction === "down" && op.result instanceof Error,
        }),
        httpBatchLink({
          url: `${baseUrl()}/api/trpc`,
          transformer: superjson,
          headers: () => ({ "x-trpc-source": "web" }),
        }),
      ],
    }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
