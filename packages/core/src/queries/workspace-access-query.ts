import type { Database, MembershipRecord } from "@closebook/db";
import type { OrganizationFormats } from "../locale/local-formats";
import { can, permissions, type Permission } from "../policies/permissions";
import { isRole, type Role } from "../policies/roles";

export interface WorkspaceAccess {
  memberships: MembershipRecord[];
  /** The chosen organization (or the one the user joined first), null for a user with none. */
  activeOrganization: MembershipRecord | null;
  role: Role | null;
  /** What the role allows in the active organization. */
  permissions: Permission[];
  /** How the active organization writes dates and amounts (null without one). */
  formats: OrganizationFormats | null;
}

/** A user's organizations, the one in use, and what their role there allows (for the UI to show). */
export async function getWorkspaceAccess(db: Database, userId: string, activeOrganizationId: string | null): Promise<WorkspaceAccess> {
  const memberships = await db.read.memberships.listForUser(userId);
  const chosen = memberships.find((m) => m.organizationId === activeOrganizationId);
  const home = chosen ? null : await db.read.memberships.firstJoinedOrganization(userId);
  const activeOrganization = chosen ?? memberships.find((m) => m.organizationId === home) ?? memberships[0] ?? null;
  const role = activeOrganization && isRole(activeOrganization.role) ? activeOrganization.role : null;
  const allowed = role ? (Object.keys(permissions) as Permission[]).filter((p) => can(role, p)) : [];
  const formats = activeOrganization ? await db.read.organizations.formats(activeOrganization.organizationId) : null;
  return { memberships, activeOrganization, role, permissions: allowed, formats };
}
