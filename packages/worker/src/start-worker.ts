import type { Mailer } from "@closebook/core";
import { createDatabase } from "@closebook/db";
import { run, type Runner } from "graphile-worker";
import { crontab, createTaskList } from "./task-list";

export interface WorkerOptions {
  connectionString: string;
  mailer: Mailer;
  concurrency?: number;
  /** How often to look for jobs when LISTEN/NOTIFY is quiet. */
  pollIntervalMs?: number;
}

/** Starts a worker. Several may run at once: graphile-worker hands each job to one of them. */
export async function startWorker(options: WorkerOptions): Promise<{ runner: Runner; stop(): Promise<void> }> {
  const db = createDatabase(options.connectionString, { maxConnections: (options.concurrency ?? 4) + 2 });
  const runner = await run({
    connectionString: options.connectionString,
    concurrency: options.concurrency ?? 4,
    pollInterval: options.pollIntervalMs ?? 2000,
    noHandleSignals: true,
    taskList: createTaskList(db, options.mailer),
    crontab,
  });
  return {
    runner,
    async stop() {
      await runner.stop();
      await db.close();
    },
  };
}
