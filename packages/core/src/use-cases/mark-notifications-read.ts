import type { Database } from "@closebook/db";
import { z } from "zod";
import { entityId } from "../fields";
import { authorize } from "../policies/permissions";
import type { Actor } from "../shared/actor";
import { outcome, type Outcome } from "../shared/outcome";

export const markNotificationsReadInput = z.object({ ids: z.union([z.array(entityId()).min(1).max(200), z.literal("all")]) });
export type MarkNotificationsReadInput = z.input<typeof markNotificationsReadInput>;

/**
 * Marks the caller's own notifications read. Reading is personal bookkeeping, not a business
 * state change: no audit event, and repeating it is harmless without an idempotency key.
 */
export async function markNotificationsRead(db: Database, actor: Actor, rawInput: MarkNotificationsReadInput): Promise<Outcome<{ marked: number }>> {
  authorize(actor, "notifications.read");
  const input = markNotificationsReadInput.parse(rawInput);
  const marked = await db.read.notifications.markRead(actor.organizationId, actor.userId, input.ids);
  return outcome({ marked }, marked === 0 ? "Nothing new to mark read." : `Marked ${marked} notification${marked === 1 ? "" : "s"} read.`);
}
