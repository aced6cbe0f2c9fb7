/**
 * Who may manage members and invitations, and why not: the rules invite-member,
 * cancel-invitation, change-member-role and remove-member check and the members view renders.
 */
import type { MemberRecord } from "@closebook/db";
import { permissionRefusal, type Refusal } from "./refusal";
import type { Role } from "./roles";

/** The role that runs the organization; at least one member always holds it. */
export const adminRole: Role = "admin";

/** Only admins manage members (invite, cancel invitations, change roles, remove). */
export function memberManagementRefusal(role: Role): Refusal<"NOT_PERMITTED"> | null {
  return permissionRefusal(role, "members.manage", "Only admins manage members.");
}

/** LAST_ADMIN when the member is the organization's only admin (demoting or removing them would leave none). */
export function lastAdminRefusal(member: Pick<MemberRecord, "name" | "role">, adminCount: number): Refusal<"LAST_ADMIN"> | null {
  return member.role === adminRole && adminCount <= 1 ? { code: "LAST_ADMIN", reason: `${member.name} is the only admin.` } : null;
}

/** Why the actor may not change the member's role or remove them now; null when they may. */
export function memberChangeRefusal(role: Role, member: Pick<MemberRecord, "name" | "role">, adminCount: number): Refusal<"NOT_PERMITTED" | "LAST_ADMIN"> | null {
  return memberManagementRefusal(role) ?? lastAdminRefusal(member, adminCount);
}
