import type { Repositories } from "@closebook/db";
import { parseJobPayload, type JobName, type JobPayload } from "../jobs/job-registry";
import type { Role } from "../policies/roles";
import type { Actor } from "./actor";

/**
 * The consequences a use case records inside its own transaction: audit events, in-app
 * notifications (each with a delivery job for its e-mail copy), tasks and follow-up jobs. Every
 * helper returns the line the outcome lists under `triggered`.
 */
export function sideEffects(tx: Repositories, actor: Actor) {
  return {
    async audit(action: string, entityType: string, entityId: string, before: unknown, after: unknown): Promise<void> {
      await tx.audit.record({
        organizationId: actor.organizationId,
        actorUserId: actor.userId,
        action,
        entityType,
        entityId,
        before,
        after,
        requestId: actor.requestId,
      });
    },

    /** Notifies each user once (never the actor). Returns e.g. "notified 2 approvers". */
    async notify(
      userIds: readonly string[],
      message: { title: string; body: string; link: string; entityType: string; entityId: string },
      audience: string,
    ): Promise<string | null> {
      const recipients = [...new Set(userIds)].filter((id) => id !== actor.userId);
      if (recipients.length === 0) return null;
      const created = await tx.notifications.insertMany(recipients.map((userId) => ({ organizationId: actor.organizationId, userId, ...message })));
      for (const notification of created) {
        await enqueue(tx, "deliver-notification", { notificationId: notification.id }, { jobKey: `notification:${notification.id}` });
      }
      return `notified ${recipients.length} ${recipients.length === 1 ? audience : `${audience}s`}`;
    },

    /** Users of the organization holding one of `roles`. */
    async membersWithRoles(roles: readonly Role[]): Promise<string[]> {
      return (await tx.memberships.listUsersWithRoles(actor.organizationId, roles)).map((m) => m.userId);
    },

    async task(task: {
      title: string;
      detail: string;
      assigneeUserId?: string | null;
      assigneeRole?: Role | null;
      entityType: string;
      entityId: string;
      dedupeKey?: string | null;
      dueOn?: Date | null;
    }): Promise<string | null> {
      const created = await tx.tasks.insertUnlessDuplicate({
        organizationId: actor.organizationId,
        title: task.title,
        detail: task.detail,
        assigneeUserId: task.assigneeUserId ?? null,
        assigneeRole: task.assigneeRole ?? null,
        entityType: task.entityType,
        entityId: task.entityId,
        dedupeKey: task.dedupeKey ?? null,
        dueOn: task.dueOn ?? null,
      });
      return created ? `created task '${task.title}'` : null;
    },

    /** Enqueues a job of the registry, its payload checked by the job's schema first. */
    async schedule<Job extends JobName>(job: Job, payload: JobPayload<Job>, options: { runAt: Date; jobKey: string }, description: string): Promise<string> {
      await enqueue(tx, job, payload, options);
      return description;
    },
  };
}

/**
 * The one way core enqueues a job: by its registry name, with a payload its schema accepts (a
 * payload it refuses throws InvalidJobPayloadError, a bug, and the use case's transaction rolls back).
 */
async function enqueue<Job extends JobName>(tx: Repositories, job: Job, payload: JobPayload<Job>, options: { runAt?: Date; jobKey: string }): Promise<void> {
  await tx.jobs.enqueue(job, parseJobPayload(job, payload) as Record<string, unknown>, options);
}
