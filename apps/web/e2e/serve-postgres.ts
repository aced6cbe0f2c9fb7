/**
 * A throwaway PostgreSQL server for running the browser tests against DATABASE_URL:
 *
 *   tsx e2e/serve-postgres.ts            # prints postgres://postgres:postgres@127.0.0.1:<port>/postgres
 *   DATABASE_URL=<that url> pnpm test
 *
 * With `--seed <database>` it also creates that database, migrates and seeds it (for `next dev`).
 * The data directory is temporary; Ctrl-C stops the server and removes it.
 */
import { mkdtemp } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createServerDependencies } from "@closebook/api";
import { applyMigrations, databaseUrl, ensureDatabase, explainAndExit, startEmbeddedPostgres } from "@closebook/db/server";
import { seedDemoData } from "@prisma-seed";

// A unique name; startEmbeddedPostgres recreates the directory (readable by the "postgres" user it
// runs as under root), and removes it when the server stops.
const dataDir = await mkdtemp(path.join(os.tmpdir(), "closebook-pg-"));
const server = await startEmbeddedPostgres({ dataDir, persistent: false, durability: "throwaway" }).catch(explainAndExit);
console.log(`PostgreSQL ready: ${server.adminUrl}`);

const seedIndex = process.argv.indexOf("--seed");
const seedDatabase = seedIndex >= 0 ? process.argv[seedIndex + 1] : undefined;
if (seedDatabase) {
  const url = databaseUrl(server.adminUrl, seedDatabase);
  await ensureDatabase(url);
  await applyMigrations(url);
  const deps = createServerDependencies({ ...process.env, DATABASE_URL: url });
  await seedDemoData(deps);
  await deps.db.close();
  console.log(`Seeded: ${url}`);
}

const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
