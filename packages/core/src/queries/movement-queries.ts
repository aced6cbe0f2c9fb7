import type { AuditEventRecord, Database, JournalEntryRecord, MovementRecord } from "@closebook/db";
import { movementKinds, movementStatuses } from "../domain/enums";
import { parseInput } from "../fields";
import { z } from "zod";
import { failuresOf } from "../errors";
import { progressOf, rolesThatCanApproveNow, type ApprovalProgress } from "../policies/approval-policy";
import { authorize, can } from "../policies/permissions";
import type { Actor } from "../shared/actor";
import { pageInput, pageOf, type Page } from "../shared/pagination";

export const listMovementsInput = z.object({
  status: z.enum(movementStatuses).optional(),
  kind: z.enum(movementKinds).optional(),
  mine: z.boolean().optional(),
  ...pageInput,
});

export interface MovementView extends MovementRecord {
  progress: ApprovalProgress;
  /** Whether the caller can approve or reject it now. */
  canDecide: boolean;
  /** Display name of the requester. */
  requestedByName: string | null;
}

async function views(db: Database, actor: Actor, movements: MovementRecord[]): Promise<MovementView[]> {
  const names = await db.read.memberships.userNames(movements.map((m) => m.requestedBy));
  return movements.map((m) => view(actor, m, names.get(m.requestedBy) ?? null));
}

function view(actor: Actor, movement: MovementRecord, requestedByName: string | null): MovementView {
  const canDecide =
    movement.status === "pending_approval" &&
    can(actor.role, "movements.approve") &&
    movement.requestedBy !== actor.userId &&
    !movement.approvals.some((a) => a.approverId === actor.userId) &&
    rolesThatCanApproveNow(movement).includes(actor.role);
  return { ...movement, progress: progressOf(movement), canDecide, requestedByName };
}

export async function listMovements(db: Database, actor: Actor, raw: z.input<typeof listMovementsInput> = {}): Promise<Page<MovementView>> {
  authorize(actor, "movements.read");
  const input = parseInput(listMovementsInput, raw);
  const rows = await db.read.movements.list({ organizationId: actor.organizationId, ...input, requestedBy: input.mine ? actor.userId : undefined });
  const page = pageOf(rows, input.limit);
  return { items: await views(db, actor, page.items), nextCursor: page.nextCursor };
}

/** The approvals inbox: pending movements the caller can approve or reject now. */
export async function listApprovalInbox(db: Database, actor: Actor): Promise<MovementView[]> {
  authorize(actor, "movements.read");
  if (!can(actor.role, "movements.approve")) return [];
  const pending = await db.read.movements.list({ organizationId: actor.organizationId, status: "pending_approval", limit: 200 });
  return (await views(db, actor, pending)).filter((m) => m.canDecide);
}

export interface MovementDetail {
  movement: MovementView;
  entry: JournalEntryRecord | null;
  audit: AuditEventRecord[];
  names: Record<string, string>;
}

const { fail } = failuresOf(["MOVEMENT_NOT_FOUND"]);

export async function getMovement(db: Database, actor: Actor, movementId: string): Promise<MovementDetail> {
  authorize(actor, "movements.read");
  const movement = await db.read.movements.findById(actor.organizationId, movementId);
  if (!movement) return fail("MOVEMENT_NOT_FOUND", "No such movement in this organization.");
  const [entry, audit] = await Promise.all([
    movement.entryId ? db.read.ledger.findEntry(actor.organizationId, movement.entryId) : Promise.resolve(null),
    db.read.audit.list({ organizationId: actor.organizationId, entityType: "movement", entityId: movement.id, limit: 100 }),
  ]);
  const names: Record<string, string> = {};
  for (const event of audit) if (event.actorName) names[event.actorUserId] = event.actorName;
  const [withName] = await views(db, actor, [movement]);
  if (!withName) return fail("MOVEMENT_NOT_FOUND", "No such movement in this organization.");
  if (withName.requestedByName) names[movement.requestedBy] = withName.requestedByName;
  return { movement: withName, entry, audit, names };
}
