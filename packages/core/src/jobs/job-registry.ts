import type { Database } from "@closebook/db";
import { z } from "zod";
import { checkChargeOverdue } from "./check-charge-overdue";
import { deliverInvitation } from "./deliver-invitation";
import { deliverNotification, type Mailer } from "./deliver-notification";
import { runStatementImportJob } from "./import-statement-job";

/** What a job handler may use: the database and the mailer of the worker running it. */
export interface JobContext {
  db: Database;
  mailer: Mailer;
}

interface JobDefinition<Payload extends z.ZodType> {
  /** The payload's schema: use cases enqueue only what it accepts, the worker parses it again. */
  payload: Payload;
  /** Idempotent: a redelivered job has no second effect. Returns what it did, for the log. */
  run(context: JobContext, payload: z.output<Payload>): Promise<string>;
  /** When set, the worker also runs the job on this schedule (cron syntax). */
  cron?: string;
}

function defineJob<Payload extends z.ZodType>(definition: JobDefinition<Payload>): JobDefinition<Payload> {
  return definition;
}

/**
 * Every background job, by name: its payload schema and its handler. The side-effect recorder
 * enqueues by these names with payloads typed by these schemas, and the worker builds its task
 * list and crontab from this table; no job name is written anywhere else.
 */
export const jobRegistry = {
  "deliver-notification": defineJob({
    payload: z.object({ notificationId: z.uuid() }),
    run: (context, payload) => deliverNotification(context.db, context.mailer, payload),
  }),
  "deliver-invitation": defineJob({
    payload: z.object({ invitationId: z.uuid(), organizationId: z.string().min(1) }),
    run: (context, payload) => deliverInvitation(context.db, context.mailer, payload),
  }),
  "check-charge-overdue": defineJob({
    payload: z.object({ organizationId: z.string().min(1), chargeId: z.uuid() }),
    run: (context, payload) => checkChargeOverdue(context.db, payload),
  }),
  "import-bank-statement": defineJob({
    payload: z.object({ organizationId: z.string().min(1), importId: z.uuid() }),
    run: (context, payload) => runStatementImportJob(context.db, payload),
  }),
  "purge-idempotency-records": defineJob({
    payload: z.object({}),
    run: async (context) => `purged ${await context.db.transaction((tx) => tx.idempotency.deleteExpired())} expired idempotency records`,
    cron: "0 3 * * *",
  }),
} as const;

export type JobName = keyof typeof jobRegistry;
export type JobPayload<Name extends JobName> = z.input<(typeof jobRegistry)[Name]["payload"]>;
export const jobNames = Object.keys(jobRegistry) as JobName[];

/** A payload its job's schema refuses: a bug in the code that enqueued it (or a stale job). */
export class InvalidJobPayloadError extends Error {
  override readonly name = "InvalidJobPayloadError";
  constructor(job: string, error: z.ZodError) {
    super(`Job ${job} refused its payload: ${error.issues.map((i) => `${i.path.join(".") || "payload"}: ${i.message}`).join("; ")}`, { cause: error });
  }
}

/** The payload parsed by its job's schema, or an InvalidJobPayloadError. */
export function parseJobPayload<Name extends JobName>(job: Name, payload: unknown): z.output<(typeof jobRegistry)[Name]["payload"]> {
  const parsed = jobRegistry[job].payload.safeParse(payload);
  if (!parsed.success) throw new InvalidJobPayloadError(job, parsed.error);
  return parsed.data as z.output<(typeof jobRegistry)[Name]["payload"]>;
}

/** Runs a job by name with a raw payload (the worker's entry): parse, then the handler. */
export async function runJob(job: JobName, context: JobContext, payload: unknown): Promise<string> {
  const definition = jobRegistry[job] as JobDefinition<z.ZodType>;
  return definition.run(context, parseJobPayload(job, payload));
}

/** The jobs that run on a schedule, in graphile-worker's crontab syntax. */
export function jobCrontab(): string {
  return jobNames.flatMap((name) => {
    const cron = (jobRegistry[name] as JobDefinition<z.ZodType>).cron;
    return cron ? [`${cron} ${name}`] : [];
  }).join("\n");
}
