import { checkChargeOverdue, deliverInvitation, deliverNotification, type Mailer } from "@closebook/core";
import type { Database } from "@closebook/db";
import type { TaskList } from "graphile-worker";
import { z } from "zod";

const notificationPayload = z.object({ notificationId: z.string().uuid() });
const invitationPayload = z.object({ invitationId: z.string().uuid() });
const chargePayload = z.object({ organizationId: z.string(), chargeId: z.string().uuid() });

/**
 * The background jobs, by the names use cases enqueue them under. Each handler is idempotent (a
 * redelivered job has no second effect); a handler that throws is retried by graphile-worker
 * with exponential backoff.
 */
export function createTaskList(db: Database, mailer: Mailer): TaskList {
  return {
    "deliver-notification": async (payload, helpers) => {
      const result = await deliverNotification(db, mailer, notificationPayload.parse(payload));
      helpers.logger.debug(`deliver-notification: ${result}`);
    },
    "deliver-invitation": async (payload, helpers) => {
      const result = await deliverInvitation(db, mailer, invitationPayload.parse(payload));
      helpers.logger.debug(`deliver-invitation: ${result}`);
    },
    "check-charge-overdue": async (payload, helpers) => {
      const result = await checkChargeOverdue(db, chargePayload.parse(payload));
      helpers.logger.debug(`check-charge-overdue: ${result}`);
    },
    "purge-idempotency-records": async (_payload, helpers) => {
      const removed = await db.transaction((tx) => tx.idempotency.deleteExpired());
      helpers.logger.info(`purged ${removed} expired idempotency records`);
    },
  };
}

/** Daily housekeeping (graphile-worker cron syntax). */
export const crontab = "0 3 * * * purge-idempotency-records";
