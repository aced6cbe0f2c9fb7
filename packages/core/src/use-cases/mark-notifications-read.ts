import { z } from "zod";
import { failuresOf } from "../errors";
import { entityId } from "../fields";
import { outcome } from "../shared/outcome";
import { mutationFailures } from "../shared/run-mutation";
import { defineUseCase } from "../shared/define-use-case";
import { markedReadSchema } from "../dto/workspace-dto";

export const markNotificationsReadInput = z.object({ ids: z.union([z.array(entityId()).min(1).max(200), z.literal("all")]) });
export type MarkNotificationsReadInput = z.input<typeof markNotificationsReadInput>;

export const markNotificationsReadFailures = failuresOf([...mutationFailures]);

/**
 * Marks the caller's own notifications read. Reading is personal bookkeeping, not a business
 * state change: no audit event, and repeating it is harmless. It still runs in the mutation
 * runner like every other mutation (one transaction, the permission checked there, a retry with
 * the same idempotency key replays the outcome).
 */
export const markNotificationsRead = defineUseCase({
  name: "mark-notifications-read",
  permission: "notifications.read",
  input: markNotificationsReadInput,
  failures: markNotificationsReadFailures,
  state: markedReadSchema,
  async run({ tx, actor }, input) {
    const marked = await tx.notifications.markRead(actor.organizationId, actor.userId, input.ids);
    return outcome({ marked }, marked === 0 ? "Nothing new to mark read." : `Marked ${marked} notification${marked === 1 ? "" : "s"} read.`);
  },
});
