import type { MovementRecord } from "@closebook/db";
import type { Actor } from "../shared/actor";
import type { Refusal } from "./refusal";
import { can, permissions } from "./permissions";

/** The dedupe key of the "revise rejected movement" task a rejection gives its requester. */
export function reviseTaskKey(movementId: string): string {
  return `revise-rejected:${movementId}`;
}

/**
 * Whether the caller may revise a movement now: one who may request movements, a rejected
 * movement, not revised yet (`revision`: the movement that already revises it, if any).
 */
export function revisionRefusal(
  actor: Pick<Actor, "role">,
  movement: Pick<MovementRecord, "number" | "status">,
  revision: Pick<MovementRecord, "number"> | null,
): Refusal<"NOT_PERMITTED" | "MOVEMENT_NOT_REJECTED" | "MOVEMENT_ALREADY_REVISED"> | null {
  if (!can(actor.role, "movements.request")) {
    return { code: "NOT_PERMITTED", reason: `A ${actor.role} may not do this (movements.request needs ${permissions["movements.request"]} or above).` };
  }
  if (movement.status !== "rejected") return { code: "MOVEMENT_NOT_REJECTED", reason: `${movement.number} is ${movement.status.replace("_", " ")}: only a rejected movement can be revised.` };
  if (revision) return { code: "MOVEMENT_ALREADY_REVISED", reason: `${movement.number} was already revised by ${revision.number}.` };
  return null;
}
