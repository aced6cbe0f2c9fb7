import { clientAddressHeader, type ClientConnection } from "@closebook/auth";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createContext, type ApiDependencies } from "./context";
import { appRouter } from "./root";

export const trpcEndpoint = "/api/trpc";
export const authEndpoint = "/api/auth";

/**
 * Serves the whole HTTP API from standard Request/Response: better-auth under /api/auth and the
 * tRPC router under /api/trpc. Next.js route handlers, tests and benchmarks use the same one.
 * `connection` carries the socket's remote address when the server knows it (Next.js route
 * handlers do not see it: there only a configured trusted proxy header gives the client address).
 */
export function createRequestHandler(deps: ApiDependencies) {
  return async (request: Request, connection?: ClientConnection): Promise<Response> => {
    const { pathname } = new URL(request.url);
    if (pathname.startsWith(authEndpoint)) return deps.auth.handler(request, connection);
    if (pathname.startsWith(trpcEndpoint)) {
      // Only the auth handler sets the internal client-address header; never pass on a client's copy.
      const headers = new Headers(request.headers);
      headers.delete(clientAddressHeader);
      return fetchRequestHandler({
        endpoint: trpcEndpoint,
        req: request,
        router: appRouter,
        createContext: () => createContext(deps, headers),
        // Unexpected errors are logged with their request id by the router's error formatter.
      });
    }
    return new Response("Not found", { status: 404 });
  };
}
