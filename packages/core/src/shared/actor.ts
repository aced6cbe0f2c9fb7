import type { Role } from "../policies/roles";

/** Who runs a use case, in which organization, with which role, for which request. */
export interface Actor {
  userId: string;
  organizationId: string;
  role: Role;
  requestId: string;
}
