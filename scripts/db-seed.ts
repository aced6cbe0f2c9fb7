/** `pnpm db:seed`: adds whatever demo data is missing. */
import { createServerDependencies } from "@closebook/api";
import { applyMigrations, explainAndExit, resolveLocalDatabase } from "@closebook/db/server";
import { seedDemoData } from "../prisma/seed";

const database = await resolveLocalDatabase().catch(explainAndExit);
try {
  await applyMigrations(database.url);
  const deps = createServerDependencies({ ...process.env, DATABASE_URL: database.url });
  const created = await seedDemoData(deps);
  console.log(created ? "Seeded the demo organization." : "Demo data was already there; added anything missing.");
  await deps.db.close();
} finally {
  await database.release();
}
