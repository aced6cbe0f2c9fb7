import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createContext, type ApiDependencies } from "./context";
import { appRouter } from "./root";

export const trpcEndpoint = "/api/trpc";
export const authEndpoint = "/api/auth";

/**
 * Serves the whole HTTP API from standard Request/Response: better-auth under /api/auth and the
 * tRPC router under /api/trpc. Next.js route handlers, tests and benchmarks use the same one.
 */
export function createRequestHandler(deps: ApiDependencies) {
  return async (request: Request): Promise<Response> => {
    const { pathname } = new URL(request.url);
    if (pathname.startsWith(authEndpoint)) return deps.auth.handler(request);
    if (pathname.startsWith(trpcEndpoint)) {
      return fetchRequestHandler({
        endpoint: trpcEndpoint,
        req: request,
        router: appRouter,
        createContext: () => createContext(deps, request.headers),
        onError: ({ error, path }) => {
          if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed:`, error.cause ?? error);
        },
      });
    }
    return new Response("Not found", { status: 404 });
  };
}
