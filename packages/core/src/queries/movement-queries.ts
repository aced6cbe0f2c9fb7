import type { Database, MovementRecord } from "@closebook/db";
import { z } from "zod";
import { movementKinds, movementStatuses } from "../domain/enums";
import { approvalInboxSchema, movementDetailSchema, movementPageSchema, type MovementActions, type MovementDetail, type MovementView } from "../dto/movement-dto";
import { failuresOf } from "../errors";
import { entityId } from "../fields";
import { progressOf } from "../policies/approval-policy";
import { approvalRefusal, cancellationRefusal, rejectionRefusal } from "../policies/movement-decisions";
import { revisionRefusal } from "../policies/movement-revision";
import { can } from "../policies/permissions";
import { verdict } from "../policies/refusal";
import type { Actor } from "../shared/actor";
import { defineQuery } from "../shared/define-use-case";
import { pageInput, pageOf } from "../shared/pagination";

export const listMovementsInput = z.object({
  status: z.enum(movementStatuses).optional(),
  kind: z.enum(movementKinds).optional(),
  mine: z.boolean().optional(),
  ...pageInput,
});

export type { MovementActions, MovementDetail, MovementView } from "../dto/movement-dto";

/** The verdicts on approving, rejecting and cancelling the movement for the actor. */
export function movementActions(actor: Actor, movement: MovementRecord): MovementActions {
  return {
    approve: verdict(approvalRefusal(actor, movement)),
    reject: verdict(rejectionRefusal(actor, movement)),
    cancel: verdict(cancellationRefusal(actor, movement)),
  };
}

async function views(db: Database, actor: Actor, movements: MovementRecord[]): Promise<MovementView[]> {
  const names = await db.read.memberships.userNames(movements.map((m) => m.requestedBy));
  return movements.map((m) => view(actor, m, names.get(m.requestedBy) ?? null));
}

function view(actor: Actor, movement: MovementRecord, requestedByName: string | null): MovementView {
  const allowedActions = movementActions(actor, movement);
  return { ...movement, progress: progressOf(movement), canDecide: allowedActions.approve.allowed, allowedActions, requestedByName };
}

/** The organization's movements, newest first, each with what the caller may do to it. */
export const listMovements = defineQuery({
  name: "list-movements",
  permission: "movements.read",
  input: listMovementsInput,
  output: movementPageSchema,
  async run({ db, actor }, input) {
    const rows = await db.read.movements.list({ organizationId: actor.organizationId, ...input, requestedBy: input.mine ? actor.userId : undefined });
    const page = pageOf(rows, input.limit);
    return { items: await views(db, actor, page.items), nextCursor: page.nextCursor };
  },
});

/** The approvals inbox: pending movements the caller can approve now. */
export const listApprovalInbox = defineQuery({
  name: "list-approval-inbox",
  permission: "movements.read",
  input: z.object({}),
  output: approvalInboxSchema,
  async run({ db, actor }) {
    if (!can(actor.role, "movements.approve")) return [];
    const pending = await db.read.movements.list({ organizationId: actor.organizationId, status: "pending_approval", limit: 200 });
    return (await views(db, actor, pending)).filter((m) => m.canDecide);
  },
});

export const getMovementInput = z.object({ movementId: entityId() });
export type GetMovementInput = z.input<typeof getMovementInput>;

const { fail } = failuresOf(["MOVEMENT_NOT_FOUND"]);

/** One movement with its approvals, allowed actions, journal entry and audit trail. */
export const getMovement = defineQuery({
  name: "get-movement",
  permission: "movements.read",
  input: getMovementInput,
  output: movementDetailSchema,
  async run({ db, actor }, { movementId }): Promise<MovementDetail> {
    const movement = await db.read.movements.findById(actor.organizationId, movementId);
    if (!movement) return fail("MOVEMENT_NOT_FOUND", "No such movement in this organization.");
    const [entry, audit, revisedFrom, revisedBy] = await Promise.all([
      movement.entryId ? db.read.ledger.findEntry(actor.organizationId, movement.entryId) : Promise.resolve(null),
      db.read.audit.list({ organizationId: actor.organizationId, entityType: "movement", entityId: movement.id, limit: 100 }),
      movement.revisedFromId ? db.read.movements.findById(actor.organizationId, movement.revisedFromId) : Promise.resolve(null),
      db.read.movements.findRevisionOf(actor.organizationId, movement.id),
    ]);
    const names: Record<string, string> = {};
    for (const event of audit) if (event.actorName) names[event.actorUserId] = event.actorName;
    const [withName] = await views(db, actor, [movement]);
    if (!withName) return fail("MOVEMENT_NOT_FOUND", "No such movement in this organization.");
    if (withName.requestedByName) names[movement.requestedBy] = withName.requestedByName;
    const link = (m: MovementRecord | null) => (m ? { id: m.id, number: m.number } : null);
    return { movement: withName, revisedFrom: link(revisedFrom), revisedBy: link(revisedBy), revise: verdict(revisionRefusal(actor, movement, revisedBy)), entry, audit, names };
  },
});
