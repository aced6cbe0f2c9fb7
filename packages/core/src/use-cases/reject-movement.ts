import { z } from "zod";
import { movementSchema } from "../dto/movement-dto";
import { defineUseCase } from "../shared/define-use-case";
import { entityId, text } from "../fields";
import { failuresOf } from "../errors";
import { formatMinor } from "../money";
import { reviseTaskKey } from "../policies/movement-revision";
import { outcome } from "../shared/outcome";
import { mutationFailures } from "../shared/run-mutation";
import { sideEffects } from "../shared/side-effects";
import { rejectionRefusal } from "../policies/movement-decisions";

export const rejectMovementInput = z.object({
  movementId: entityId(),
  reason: text({ min: 3, max: 500, message: "Give the requester a reason.", multiline: true }),
});
export type RejectMovementInput = z.input<typeof rejectMovementInput>;

export const rejectMovementFailures = failuresOf([
  ...mutationFailures,
  "MOVEMENT_NOT_FOUND",
  "MOVEMENT_NOT_PENDING",
  "SELF_APPROVAL_FORBIDDEN",
  "ALREADY_APPROVED_BY_YOU",
  "APPROVER_ROLE_TOO_LOW",
]);
const { fail } = rejectMovementFailures;

/** Rejects a pending movement with a reason; the requester is told and given a task to revise it. */
export const rejectMovement = defineUseCase({
  name: "reject-movement",
  permission: "movements.approve",
  input: rejectMovementInput,
  failures: rejectMovementFailures,
  state: movementSchema,
  async run({ tx, actor }, input) {
    const movement = await tx.movements.lockById(actor.organizationId, input.movementId);
    if (!movement) return fail("MOVEMENT_NOT_FOUND", "No such movement in this organization.", { field: "movementId" });
    const refusal = rejectionRefusal(actor, movement);
    if (refusal) fail(refusal.code, refusal.reason);
    const rejected = await tx.movements.update(movement.id, { status: "rejected", decisionReason: input.reason });
    const effects = sideEffects(tx, actor);
    await effects.audit("movement.rejected", "movement", movement.id, movement, rejected);
    const triggered: string[] = [];
    const notified = await effects.notify(
      [movement.requestedBy],
      {
        title: `${movement.number} rejected`,
        body: `Your ${formatMinor(movement.amountMinor, movement.currency)} movement was rejected: ${input.reason}`,
        link: `/movements/${movement.id}`,
        entityType: "movement",
        entityId: movement.id,
      },
      "requester",
    );
    if (notified) triggered.push(notified);
    const task = await effects.task({
      title: `Revise rejected movement ${movement.number}`,
      detail: `Rejected: ${input.reason}`,
      assigneeUserId: movement.requestedBy,
      entityType: "movement",
      entityId: movement.id,
      dedupeKey: reviseTaskKey(movement.id),
    });
    if (task) triggered.push(task);
    return outcome(rejected, `Rejected ${movement.number}.`, { triggered });
  },
});
