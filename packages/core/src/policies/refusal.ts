/**
 * A refusal is why a use case would not do something now: the code it fails with and a sentence
 * for a person. One pure function per action computes it; the use case fails with it and the
 * views turn it into the action's verdict, so the button and the use case cannot disagree.
 */
import type { ErrorCode } from "../errors";
import type { ActionVerdict } from "../shared/wire-schemas";
import { can, notPermittedReason, type Permission } from "./permissions";
import type { Role } from "./roles";

export interface Refusal<Code extends ErrorCode = ErrorCode> {
  code: Code;
  reason: string;
}

/** NOT_PERMITTED when the role may not do `permission` (the sentence defaults to the authorizer's). */
export function permissionRefusal(role: Role, permission: Permission, reason?: string): Refusal<"NOT_PERMITTED"> | null {
  if (can(role, permission)) return null;
  return { code: "NOT_PERMITTED", reason: reason ?? notPermittedReason(role, permission) };
}

/** The verdict on an action from its refusal (none: allowed). */
export function verdict(refusal: Refusal | null): ActionVerdict {
  return refusal ? { allowed: false, code: refusal.code, reason: refusal.reason } : { allowed: true };
}
