import type { Database, MovementRecord } from "@closebook/db";
import { z } from "zod";
import { entityId, text, parseInput } from "../fields";
import { failuresOf } from "../errors";
import { formatMinor } from "../money";
import { reviseTaskKey } from "../policies/movement-revision";
import type { Actor } from "../shared/actor";
import { outcome, type Outcome } from "../shared/outcome";
import { mutationFailures, runMutation } from "../shared/run-mutation";
import { sideEffects } from "../shared/side-effects";
import { mayDecide } from "./approve-movement";

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
export async function rejectMovement(
  db: Database,
  actor: Actor,
  rawInput: RejectMovementInput,
  options: { idempotencyKey?: string | undefined } = {},
): Promise<Outcome<MovementRecord>> {
  const input = parseInput(rejectMovementInput, rawInput);
  return runMutation(db, actor, { operation: "reject-movement", permission: "movements.approve", failures: rejectMovementFailures, input, idempotencyKey: options.idempotencyKey }, async (tx) => {
    const movement = await tx.movements.lockById(actor.organizationId, input.movementId);
    if (!movement) return fail("MOVEMENT_NOT_FOUND", "No such movement in this organization.", { field: "movementId" });
    if (movement.status !== "pending_approval") fail("MOVEMENT_NOT_PENDING", `${movement.number} is ${movement.status.replace("_", " ")}: it can no longer be rejected.`);
    if (movement.requestedBy === actor.userId) fail("SELF_APPROVAL_FORBIDDEN", "You requested this movement: cancel it instead of rejecting it.");
    if (movement.approvals.some((a) => a.approverId === actor.userId)) {
      fail("ALREADY_APPROVED_BY_YOU", `You approved ${movement.number}: another approver must reject it, or its requester can cancel it.`);
    }
    if (!mayDecide(actor.role, movement)) fail("APPROVER_ROLE_TOO_LOW", `${movement.number} needs a ${movement.minimumApproverRole}'s or higher decision.`);
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
  });
}
