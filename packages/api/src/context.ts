import { randomUUID } from "node:crypto";
import type { Auth } from "@closebook/auth";
import type { Database } from "@closebook/db";

export interface ApiDependencies {
  db: Database;
  auth: Auth;
}

export interface SessionUser {
  id: string;
  name: string;
  email: string;
}

export interface Context extends ApiDependencies {
  headers: Headers;
  requestId: string;
  user: SessionUser | null;
  /** The organization the session has chosen (better-auth's active organization), if any. */
  activeOrganizationId: string | null;
}

/** Header a TypeScript client may send to choose the organization for one call. */
export const organizationHeader = "x-closebook-organization";

export async function createContext(deps: ApiDependencies, headers: Headers): Promise<Context> {
  const session = await deps.auth.api.getSession({ headers });
  return {
    ...deps,
    headers,
    requestId: headers.get("x-request-id") ?? randomUUID(),
    user: session ? { id: session.user.id, name: session.user.name, email: session.user.email } : null,
    activeOrganizationId: headers.get(organizationHeader) ?? session?.session.activeOrganizationId ?? null,
  };
}
