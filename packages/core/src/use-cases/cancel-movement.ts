import { z } from "zod";
import { movementSchema } from "../dto/movement-dto";
import { failuresOf } from "../errors";
import { entityId, optionalText } from "../fields";
import { cancellationRefusal } from "../policies/movement-decisions";
import { defineUseCase } from "../shared/define-use-case";
import { outcome } from "../shared/outcome";
import { mutationFailures } from "../shared/run-mutation";
import { sideEffects } from "../shared/side-effects";

export const cancelMovementInput = z.object({
  movementId: entityId(),
  reason: optionalText({ max: 500, multiline: true }),
});
export type CancelMovementInput = z.input<typeof cancelMovementInput>;

export const cancelMovementFailures = failuresOf([...mutationFailures, "MOVEMENT_NOT_FOUND", "MOVEMENT_NOT_PENDING", "NOT_REQUESTER"]);
const { fail } = cancelMovementFailures;

/** Withdraws a movement that is still waiting for approval: its requester, or an admin. */
export const cancelMovement = defineUseCase({
  name: "cancel-movement",
  permission: "movements.cancel",
  input: cancelMovementInput,
  failures: cancelMovementFailures,
  state: movementSchema,
  async run({ tx, actor }, input) {
    const movement = await tx.movements.lockById(actor.organizationId, input.movementId);
    if (!movement) return fail("MOVEMENT_NOT_FOUND", "No such movement in this organization.", { field: "movementId" });
    const refusal = cancellationRefusal(actor, movement);
    if (refusal) fail(refusal.code, refusal.reason);
    const cancelled = await tx.movements.update(movement.id, { status: "cancelled", decisionReason: input.reason });
    await sideEffects(tx, actor).audit("movement.cancelled", "movement", movement.id, movement, cancelled);
    return outcome(cancelled, `Cancelled ${movement.number}.`, { triggered: ["recorded audit event movement.cancelled"] });
  },
});
