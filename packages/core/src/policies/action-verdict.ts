/**
 * An action's refusal, and the verdict a view returns for it. A rule that decides whether an
 * action may be taken is one pure function returning a `Refusal` (or null): the use case fails
 * with it, the list and detail views turn it into a verdict with `verdict(refusal)`.
 */
import type { ErrorCode } from "../errors";
import type { Actor } from "../shared/actor";
import type { ActionVerdict } from "../shared/wire-schemas";
import { can, permissions, type Permission } from "./permissions";

/** Why an action is refused: the code the use case fails with and a sentence for a person. */
export interface Refusal<Code extends ErrorCode = ErrorCode> {
  code: Code;
  reason: string;
}

/** The caller's role lacks the permission the action needs (the same sentence as `authorize`). */
export function permissionRefusal(actor: Pick<Actor, "role">, permission: Permission): Refusal<"NOT_PERMITTED"> | null {
  if (can(actor.role, permission)) return null;
  return { code: "NOT_PERMITTED", reason: `A ${actor.role} may not do this (${permission} needs ${permissions[permission]} or above).` };
}

/** The verdict of a refusal rule: allowed when it refuses nothing. */
export function verdict(refusal: Refusal | null): ActionVerdict {
  return refusal ? { allowed: false, code: refusal.code, reason: refusal.reason } : { allowed: true };
}
