import { failuresOf } from "../errors";
import type { Actor } from "../shared/actor";
import { atLeast, type Role } from "./roles";

/**
 * What each role may do. The UI hides what a role cannot do, but this table decides: every use
 * case checks it before anything else.
 */
export const permissions = {
  "accounts.read": "viewer",
  "accounts.create": "controller",
  "audit.read": "viewer",
} as const satisfies Record<string, Role>;

export type Permission = keyof typeof permissions;

export function can(role: Role, permission: Permission): boolean {
  return atLeast(role, permissions[permission]);
}

const { fail } = failuresOf(["NOT_PERMITTED"]);

export function authorize(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) {
    fail("NOT_PERMITTED", `A ${actor.role} may not do this (${permission} needs ${permissions[permission]} or above).`, {
      permission,
      role: actor.role,
    });
  }
}
