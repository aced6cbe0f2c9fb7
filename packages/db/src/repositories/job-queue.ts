import type { DbClient } from "./db-client";

export interface EnqueueOptions {
  /** Run no earlier than this. */
  runAt?: Date | undefined;
  /** A job with the same key replaces the pending one instead of adding another. */
  jobKey?: string | undefined;
  maxAttempts?: number | undefined;
}

/**
 * Follow-up jobs for the background worker (graphile-worker), enqueued with plain SQL inside the
 * caller's transaction: a rolled-back use case leaves no job behind, a committed one always has
 * its jobs. graphile-worker retries failed jobs with exponential backoff.
 */
export function jobQueue(db: DbClient) {
  return {
    async enqueue(task: string, payload: Record<string, unknown>, options: EnqueueOptions = {}): Promise<void> {
      await db.$executeRaw`
        select graphile_worker.add_job(${task}, ${JSON.stringify(payload)}::json,
          run_at => ${options.runAt ?? null}::timestamptz,
          max_attempts => ${options.maxAttempts ?? 10}::int,
          job_key => ${options.jobKey ?? null}::text)`;
    },

    /** Pending jobs by task name (for tests and the operations view). */
    async pending(task?: string): Promise<{ task: string; payload: unknown; attempts: number; runAt: Date }[]> {
      return db.$queryRaw`
        select task_identifier as task, payload, attempts, run_at as "runAt" from graphile_worker.jobs
        where ${task ?? null}::text is null or task_identifier = ${task ?? null}::text
        order by id`;
    },
  };
}
