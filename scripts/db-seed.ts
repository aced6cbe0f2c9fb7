/**
 * `pnpm db:seed`: adds the demo data when it is missing (an organization already there is left
 * as it is). `pnpm db:seed --reset` first empties the database (every table, demo data or not),
 * applies the migrations again and builds the demo data anew.
 */
import { createServerDependencies } from "@closebook/api";
import { applyMigrations, explainAndExit, resetDatabase, resolveLocalDatabase } from "@closebook/db/server";
import { seedDemoData } from "../prisma/seed";

const reset = process.argv.includes("--reset");
const database = await resolveLocalDatabase().catch(explainAndExit);
try {
  if (reset) {
    await resetDatabase(database.url);
    console.log("Emptied the database.");
  }
  await applyMigrations(database.url);
  const deps = createServerDependencies({ ...process.env, DATABASE_URL: database.url });
  const started = Date.now();
  const summary = await seedDemoData(deps);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    summary.organizationsCreated.length
      ? `Seeded ${summary.organizationsCreated.join(" and ")} in ${seconds} s (${summary.useCaseCalls} use-case calls, ${summary.usersCreated} users signed up).`
      : "The demo organizations were already there: nothing changed (pnpm db:seed --reset rebuilds them).",
  );
  await deps.db.close();
} finally {
  await database.release();
}
