/**
 * `pnpm dev`: the database (DATABASE_URL's, or the embedded PostgreSQL under .data/), its
 * migrations, the demo data on first start, then the back office and the worker.
 */
import { spawn } from "node:child_process";
import { createServerDependencies } from "@closebook/api";
import { applyMigrations, explainAndExit, resolveLocalDatabase } from "@closebook/db/server";
import { demoOrganization, demoPassword, demoUsers, secondDemoOrganization, seedDemoData } from "../prisma/seed";

const port = Number(process.env.PORT ?? 3000);
const started = Date.now();
const database = await resolveLocalDatabase().catch(explainAndExit);
const applied = await applyMigrations(database.url);
if (applied.length) console.log(`Applied ${applied.length} migration(s).`);

const deps = createServerDependencies({ ...process.env, DATABASE_URL: database.url });
const seeded = await seedDemoData(deps);
await deps.db.close();

const url = `http://localhost:${port}`;
console.log(`
Closebook is starting at ${url}  (${database.kind === "embedded" ? "embedded PostgreSQL in .data/postgres" : "DATABASE_URL"}${seeded.organizationsCreated.length ? ", demo data created" : ""}; ready in ${((Date.now() - started) / 1000).toFixed(1)} s before Next.js)

Demo sign-ins for ${demoOrganization.name} (password for all: ${demoPassword}):
${demoUsers.map((u) => `  ${u.role.padEnd(10)} ${u.email}`).join("\n")}
The admin and the controller are also members of ${secondDemoOrganization.name} (the organization menu switches).
`);

const child = spawn("pnpm", ["turbo", "run", "dev", "--filter=@closebook/web", "--filter=@closebook/worker", "--ui=stream"], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: database.url, PORT: String(port), BETTER_AUTH_URL: process.env.BETTER_AUTH_URL ?? url },
});

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  child.kill("SIGINT");
  await database.release();
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
child.on("exit", (code) => void stop(code ?? 0));
