import "server-only";
import { createRequestHandler, createServerDependencies, type ApiDependencies } from "@closebook/api";

interface ClosebookServer {
  deps: ApiDependencies;
  handle: (request: Request) => Promise<Response>;
}

/**
 * One database pool and one better-auth instance per Node.js process. Kept on globalThis so that
 * `next dev` hot reloads reuse them instead of opening a new pool on every edit. Built lazily:
 * `next build` loads the route modules without a database.
 */
const holder = globalThis as typeof globalThis & { closebookServer?: ClosebookServer };

function server(): ClosebookServer {
  if (!holder.closebookServer) {
    const deps = createServerDependencies(process.env);
    holder.closebookServer = { deps, handle: createRequestHandler(deps) };
  }
  return holder.closebookServer;
}

export function serverDependencies(): ApiDependencies {
  return server().deps;
}

/** Serves better-auth under /api/auth/* and tRPC under /api/trpc/* (both route handlers use it). */
export function handleApiRequest(request: Request): Promise<Response> {
  return server().handle(request);
}
