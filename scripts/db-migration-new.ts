/** `pnpm db:migration:new <name>`: writes the migration that takes prisma/migrations to schema.prisma. */
import { createMigration, explainAndExit, resolveLocalDatabase } from "@closebook/db/server";

const name = process.argv[2];
if (!name) {
  console.error("Usage: pnpm db:migration:new <name>   (lowercase letters, digits and underscores)");
  process.exit(2);
}
const database = await resolveLocalDatabase().catch(explainAndExit);
try {
  const dir = await createMigration(database.url, name);
  console.log(dir ? `Wrote ${dir}/migration.sql. Review it, then run pnpm db:migrate.` : "schema.prisma and prisma/migrations already agree: no migration written.");
} finally {
  await database.release();
}
