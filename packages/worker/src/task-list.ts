import { InvalidJobPayloadError, jobCrontab, jobNames, runJob, type Mailer } from "@closebook/core";
import type { Database } from "@closebook/db";
import type { JobHelpers, TaskList } from "graphile-worker";

/**
 * The background jobs, built from core's job registry (name → payload schema → handler). Each
 * handler is idempotent (a redelivered job has no second effect); a handler that throws is
 * retried by graphile-worker with exponential backoff. A payload its schema refuses can never
 * succeed: the job fails for good at once, logged, instead of being retried for days.
 */
export function createTaskList(db: Database, mailer: Mailer): TaskList {
  const context = { db, mailer };
  return Object.fromEntries(
    jobNames.map((name) => [
      name,
      async (payload: unknown, helpers: JobHelpers) => {
        try {
          helpers.logger.debug(`${name}: ${await runJob(name, context, payload)}`);
        } catch (error) {
          if (error instanceof InvalidJobPayloadError) await failForGood(helpers, error);
          throw error;
        }
      },
    ]),
  );
}

/** No further attempts: graphile-worker stops retrying a job whose attempts reached max_attempts. */
async function failForGood(helpers: JobHelpers, error: InvalidJobPayloadError): Promise<void> {
  helpers.logger.error(`${helpers.job.task_identifier} job ${helpers.job.id} failed for good: ${error.message}`);
  await helpers.withPgClient((client) => client.query("update graphile_worker._private_jobs set max_attempts = attempts where id = $1", [helpers.job.id]));
  helpers.job.max_attempts = helpers.job.attempts;
}

/** The scheduled jobs (graphile-worker cron syntax), from the registry. */
export const crontab = jobCrontab();
