/** `pnpm db:migrate`: applies the pending migrations in prisma/migrations. */
import { applyMigrations, explainAndExit, resolveLocalDatabase } from "@closebook/db/server";

const database = await resolveLocalDatabase().catch(explainAndExit);
try {
  const applied = await applyMigrations(database.url);
  console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "The database is up to date.");
} finally {
  await database.release();
}
