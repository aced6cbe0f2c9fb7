/**
 * Who may approve, reject or cancel a movement now, and why not: the one rule per action that
 * approve-movement, reject-movement and cancel-movement check and the movement views render as
 * allowed actions.
 */
import type { MovementRecord } from "@closebook/db";
import type { Actor } from "../shared/actor";
import { progressOf, rolesThatCanApproveNow } from "./approval-policy";
import { permissionRefusal, type Refusal } from "./refusal";
import { atLeast, isRole, type Role } from "./roles";

type DecidedMovement = Pick<
  MovementRecord,
  "number" | "status" | "requestedBy" | "approvals" | "requiredApprovals" | "requiresController" | "minimumApproverRole"
>;
type Who = Pick<Actor, "userId" | "role">;

const statusText = (movement: Pick<MovementRecord, "number" | "status">) => `${movement.number} is ${movement.status.replace("_", " ")}`;

/** Whether a role may decide on movements of this band at all (the rule rejecting checks). */
export function mayDecide(role: Role, movement: Pick<MovementRecord, "minimumApproverRole">): boolean {
  return isRole(movement.minimumApproverRole) && atLeast(role, movement.minimumApproverRole);
}

export type ApprovalRefusalCode = "NOT_PERMITTED" | "MOVEMENT_NOT_PENDING" | "SELF_APPROVAL_FORBIDDEN" | "ALREADY_APPROVED_BY_YOU" | "APPROVER_ROLE_TOO_LOW";

/** Why the actor may not approve the movement now; null when they may. */
export function approvalRefusal(actor: Who, movement: DecidedMovement): Refusal<ApprovalRefusalCode> | null {
  const permission = permissionRefusal(actor.role, "movements.approve", "Your role cannot approve movements.");
  if (permission) return permission;
  if (movement.status !== "pending_approval") return { code: "MOVEMENT_NOT_PENDING", reason: `${statusText(movement)}: it takes no approvals.` };
  if (movement.requestedBy === actor.userId) return { code: "SELF_APPROVAL_FORBIDDEN", reason: "You requested this movement: someone else must approve it." };
  if (movement.approvals.some((a) => a.approverId === actor.userId)) return { code: "ALREADY_APPROVED_BY_YOU", reason: `You already approved ${movement.number}.` };
  const allowed = rolesThatCanApproveNow(movement);
  if (!allowed.includes(actor.role)) {
    const minimum = allowed[0] ?? movement.minimumApproverRole;
    const whose = progressOf(movement).controllerNeeded && minimum === "controller" ? "a controller's" : `a ${minimum}'s or higher`;
    return { code: "APPROVER_ROLE_TOO_LOW", reason: `${movement.number} needs ${whose} approval now.` };
  }
  return null;
}

/** Why the actor may not reject the movement now; null when they may. */
export function rejectionRefusal(actor: Who, movement: DecidedMovement): Refusal<ApprovalRefusalCode> | null {
  const permission = permissionRefusal(actor.role, "movements.approve", "Your role cannot reject movements.");
  if (permission) return permission;
  if (movement.status !== "pending_approval") return { code: "MOVEMENT_NOT_PENDING", reason: `${statusText(movement)}: it can no longer be rejected.` };
  if (movement.requestedBy === actor.userId) return { code: "SELF_APPROVAL_FORBIDDEN", reason: "You requested this movement: cancel it instead of rejecting it." };
  if (movement.approvals.some((a) => a.approverId === actor.userId)) {
    return { code: "ALREADY_APPROVED_BY_YOU", reason: `You approved ${movement.number}: another approver must reject it, or its requester can cancel it.` };
  }
  if (!mayDecide(actor.role, movement)) return { code: "APPROVER_ROLE_TOO_LOW", reason: `${movement.number} needs a ${movement.minimumApproverRole}'s or higher decision.` };
  return null;
}

export type CancellationRefusalCode = "NOT_PERMITTED" | "NOT_REQUESTER" | "MOVEMENT_NOT_PENDING";

/** Why the actor may not cancel the movement now (its requester, or an admin, while it is pending); null when they may. */
export function cancellationRefusal(actor: Who, movement: Pick<MovementRecord, "number" | "status" | "requestedBy">): Refusal<CancellationRefusalCode> | null {
  const permission = permissionRefusal(actor.role, "movements.cancel", "Your role cannot cancel movements.");
  if (permission) return permission;
  if (movement.requestedBy !== actor.userId && !atLeast(actor.role, "admin")) return { code: "NOT_REQUESTER", reason: "Only the requester or an admin can cancel a movement." };
  if (movement.status !== "pending_approval") return { code: "MOVEMENT_NOT_PENDING", reason: `${statusText(movement)}: it can no longer be cancelled.` };
  return null;
}
