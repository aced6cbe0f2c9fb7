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

    /**
     * Pending jobs by task name (for tests and the operations view). The graphile_worker.jobs view
     * leaves the payload out, so this reads the queue's own tables.
     */
    async pending(task?: string): Promise<{ task: string; payload: unknown; attempts: number; maxAttempts: number; lastError: string | null; runAt: Date; key: string | null }[]> {
      return db.$queryRaw`
        select t.identifier as task, j.payload, j.attempts, j.max_attempts as "maxAttempts", j.last_error as "lastError", j.run_at as "runAt", j.key
        from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id
        where ${task ?? null}::text is null or t.identifier = ${task ?? null}::text
        order by j.id`;
    },
  };
}
