/**
 * `pnpm worker` (production: its own process; several may run) and part of `pnpm dev`.
 * Uses DATABASE_URL, or the local embedded database that `pnpm dev` starts.
 */
import { applyMigrations, explainAndExit, resolveLocalDatabase } from "@closebook/db/server";
import { createLogMailer } from "./log-mailer";
import { startWorker } from "./start-worker";

const database = await resolveLocalDatabase().catch(explainAndExit);
if (database.kind === "embedded") await applyMigrations(database.url);
const worker = await startWorker({
  connectionString: database.url,
  mailer: createLogMailer(),
  concurrency: Number(process.env.WORKER_CONCURRENCY ?? 4),
});
console.log(`Closebook worker running (${database.kind === "embedded" ? "embedded PostgreSQL" : "DATABASE_URL"}).`);

const stop = async () => {
  await worker.stop();
  await database.release();
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
