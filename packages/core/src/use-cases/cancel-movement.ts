import type { Database, MovementRecord } from "@closebook/db";
import { z } from "zod";
import { entityId, optionalText, parseInput } from "../fields";
import { failuresOf } from "../errors";
import { atLeast } from "../policies/roles";
import type { Actor } from "../shared/actor";
import { outcome, type Outcome } from "../shared/outcome";
import { mutationFailures, runMutation } from "../shared/run-mutation";
import { sideEffects } from "../shared/side-effects";

export const cancelMovementInput = z.object({
  movementId: entityId(),
  reason: optionalText({ max: 500, multiline: true }),
});
export type CancelMovementInput = z.input<typeof cancelMovementInput>;

export const cancelMovementFailures = failuresOf([...mutationFailures, "MOVEMENT_NOT_FOUND", "MOVEMENT_NOT_PENDING", "NOT_REQUESTER"]);
const { fail } = cancelMovementFailures;

/** Withdraws a movement that is still waiting for approval: its requester, or an admin. */
export async function cancelMovement(
  db: Database,
  actor: Actor,
  rawInput: CancelMovementInput,
  options: { idempotencyKey?: string | undefined } = {},
): Promise<Outcome<MovementRecord>> {
  const input = parseInput(cancelMovementInput, rawInput);
  return runMutation(db, actor, { operation: "cancel-movement", permission: "movements.cancel", failures: cancelMovementFailures, input, idempotencyKey: options.idempotencyKey }, async (tx) => {
    const movement = await tx.movements.lockById(actor.organizationId, input.movementId);
    if (!movement) return fail("MOVEMENT_NOT_FOUND", "No such movement in this organization.", { field: "movementId" });
    if (movement.requestedBy !== actor.userId && !atLeast(actor.role, "admin")) fail("NOT_REQUESTER", "Only the requester or an admin can cancel a movement.");
    if (movement.status !== "pending_approval") fail("MOVEMENT_NOT_PENDING", `${movement.number} is ${movement.status.replace("_", " ")}: it can no longer be cancelled.`);
    const cancelled = await tx.movements.update(movement.id, { status: "cancelled", decisionReason: input.reason });
    await sideEffects(tx, actor).audit("movement.cancelled", "movement", movement.id, movement, cancelled);
    return outcome(cancelled, `Cancelled ${movement.number}.`, { triggered: ["recorded audit event movement.cancelled"] });
  });
}
