import type { Database } from "@closebook/db";
import { z } from "zod";
import { failuresOf } from "../errors";
import { entityId, parseInput } from "../fields";
import type { Actor } from "../shared/actor";
import { outcome, type Outcome } from "../shared/outcome";
import { mutationFailures, runMutation } from "../shared/run-mutation";

export const markNotificationsReadInput = z.object({ ids: z.union([z.array(entityId()).min(1).max(200), z.literal("all")]) });
export type MarkNotificationsReadInput = z.input<typeof markNotificationsReadInput>;

export const markNotificationsReadFailures = failuresOf([...mutationFailures]);

/**
 * Marks the caller's own notifications read. Reading is personal bookkeeping, not a business
 * state change: no audit event, and repeating it is harmless. It still runs in the mutation
 * runner like every other mutation (one transaction, the permission checked there, a retry with
 * the same idempotency key replays the outcome).
 */
export async function markNotificationsRead(
  db: Database,
  actor: Actor,
  rawInput: MarkNotificationsReadInput,
  options: { idempotencyKey?: string | undefined } = {},
): Promise<Outcome<{ marked: number }>> {
  const input = parseInput(markNotificationsReadInput, rawInput);
  return runMutation(
    db,
    actor,
    { operation: "mark-notifications-read", permission: "notifications.read", failures: markNotificationsReadFailures, input, idempotencyKey: options.idempotencyKey },
    async (tx) => {
      const marked = await tx.notifications.markRead(actor.organizationId, actor.userId, input.ids);
      return outcome({ marked }, marked === 0 ? "Nothing new to mark read." : `Marked ${marked} notification${marked === 1 ? "" : "s"} read.`);
    },
  );
}
