import type { Role } from "../policies/roles";

/** Who runs a use case, in which organization, with which role, for which request. */
export interface Actor {
  userId: string;
  organizationId: string;
  role: Role;
  requestId: string;
}

/**
 * Who runs a use case that belongs to no organization (yet): creating an organization, or
 * accepting an invitation to one. Only the signed-in user is known; there is no role to check.
 */
export interface UserActor {
  userId: string;
  requestId: string;
}
