import { z } from "zod";
import { movementKinds } from "../domain/enums";
import { movementSchema } from "../dto/movement-dto";
import { failuresOf } from "../errors";
import { amountMinor, calendarDate, entityId, parseInput, text } from "../fields";
import { reviseTaskKey, revisionRefusal } from "../policies/movement-revision";
import { defineUseCase } from "../shared/define-use-case";
import { outcome } from "../shared/outcome";
import { sideEffects } from "../shared/side-effects";
import { placeMovementRequest, requestMovementFailures, requestMovementInput } from "./request-movement";

/** The rejected movement and what the revision changes; a field left out is taken from the rejected one. */
export const reviseRejectedMovementInput = z.object({
  movementId: entityId(),
  kind: z.enum(movementKinds, { message: "Choose a vendor payment or a transfer." }).optional(),
  description: text({ min: 3, max: 500, message: "Describe the movement." }).optional(),
  amountMinor: amountMinor("The amount must be above zero.").optional(),
  sourceAccountId: entityId("Choose the account the money leaves.").optional(),
  destinationAccountId: entityId("Choose the account to post against.").optional(),
  counterpartyId: entityId().nullable().optional(),
  effectiveDate: calendarDate.optional(),
});
export type ReviseRejectedMovementInput = z.input<typeof reviseRejectedMovementInput>;

export const reviseRejectedMovementFailures = failuresOf([
  ...requestMovementFailures.codes,
  "MOVEMENT_NOT_FOUND",
  "MOVEMENT_NOT_REJECTED",
  "MOVEMENT_ALREADY_REVISED",
]);
const { fail } = reviseRejectedMovementFailures;

/**
 * Requests a new movement from a rejected one, with the changes its requester makes, linked to it
 * (`revisedFromId`). The new request goes through request-movement's own work (checks, approval
 * band, approvers notified, review task); the rejected movement's "revise" task is completed.
 */
export const reviseRejectedMovement = defineUseCase({
  name: "revise-rejected-movement",
  permission: "movements.request",
  input: reviseRejectedMovementInput,
  failures: reviseRejectedMovementFailures,
  state: movementSchema,
  async run({ tx, actor }, { movementId, ...changes }) {
    const rejected = await tx.movements.lockById(actor.organizationId, movementId);
    if (!rejected) return fail("MOVEMENT_NOT_FOUND", "No such movement in this organization.", { field: "movementId" });
    const refusal = revisionRefusal(actor, rejected, await tx.movements.findRevisionOf(actor.organizationId, rejected.id));
    if (refusal) fail(refusal.code, refusal.reason);
    // The revision as a request: the rejected movement's fields, overridden by the changes, checked
    // by request-movement's own schema (a transfer needs no vendor, accounts must differ, …).
    const request = parseInput(requestMovementInput, {
      kind: changes.kind ?? rejected.kind,
      description: changes.description ?? rejected.description,
      amountMinor: changes.amountMinor ?? rejected.amountMinor,
      sourceAccountId: changes.sourceAccountId ?? rejected.sourceAccountId,
      destinationAccountId: changes.destinationAccountId ?? rejected.destinationAccountId,
      counterpartyId: changes.counterpartyId === undefined ? rejected.counterpartyId : changes.counterpartyId,
      effectiveDate: changes.effectiveDate ?? rejected.effectiveDate,
    });
    const requested = await placeMovementRequest(tx, actor, request, rejected);
    const effects = sideEffects(tx, actor);
    await effects.audit("movement.revised", "movement", rejected.id, rejected, { ...rejected, revisedById: requested.state.id, revisedByNumber: requested.state.number });
    const triggered = [...requested.triggered, "recorded audit event movement.revised"];
    const task = await tx.tasks.findOpenByDedupeKey(actor.organizationId, reviseTaskKey(rejected.id));
    if (task) {
      await tx.tasks.complete(task.id, actor.userId);
      triggered.push(`completed task '${task.title}'`);
    }
    return outcome(requested.state, `${requested.message.replace(/^Requested /, `Revised ${rejected.number} as `)}`, { triggered, warnings: requested.warnings });
  },
});
