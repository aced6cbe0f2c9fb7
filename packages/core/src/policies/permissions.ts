import { failuresOf } from "../errors";
import type { Actor } from "../shared/actor";
import { atLeast, type Role } from "./roles";

/**
 * The lowest role allowed to do each thing. The UI hides what a role cannot do, but this table
 * decides: every use case checks it first.
 */
export const permissions = {
  "accounts.read": "viewer",
  "accounts.create": "controller",
  "audit.read": "viewer",
  "counterparties.read": "viewer",
  "counterparties.create": "clerk",
  "counterparties.update": "clerk",
  "charges.read": "viewer",
  "charges.create": "clerk",
  "charges.editDraft": "clerk",
  "charges.credit": "controller",
  "charges.issue": "clerk",
  "charges.recordPayment": "clerk",
  "charges.void": "controller",
  "movements.read": "viewer",
  "movements.request": "clerk",
  "movements.approve": "approver",
  "movements.cancel": "clerk",
  "ledger.read": "viewer",
  "ledger.post": "controller",
  "ledger.reverse": "controller",
  "approvalPolicy.read": "viewer",
  "approvalPolicy.update": "admin",
  "organization.read": "viewer",
  "organization.updateFormats": "admin",
  "tasks.read": "viewer",
  "tasks.complete": "clerk",
  "notifications.read": "viewer",
  "search.read": "viewer",
  "members.read": "viewer",
  "members.manage": "admin",
  "bankAccounts.read": "viewer",
  "bankAccounts.manage": "controller",
  "statements.read": "viewer",
  "statements.import": "clerk",
  "reconciliation.read": "viewer",
  "reconciliation.match": "clerk",
} as const satisfies Record<string, Role>;

export type Permission = keyof typeof permissions;

export function can(role: Role, permission: Permission): boolean {
  return atLeast(role, permissions[permission]);
}

/** The sentence a refusal for want of `permission` carries: the authorizer's and the action verdicts'. */
export function notPermittedReason(role: Role, permission: Permission): string {
  return `A ${role} may not do this (${permission} needs ${permissions[permission]} or above).`;
}

const { fail } = failuresOf(["NOT_PERMITTED"]);

export function authorize(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) {
    fail("NOT_PERMITTED", notPermittedReason(actor.role, permission), {
      permission,
      role: actor.role,
    });
  }
}
