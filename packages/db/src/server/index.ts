export { applyMigrations, createMigration, pendingSchemaChanges } from "./migrations";
export { EmbeddedPostgresError, explainAndExit, freePort, startEmbeddedPostgres, type EmbeddedServer } from "./embedded-postgres";
export { resolveLocalDatabase, type ResolvedDatabase } from "./local-database";
export {
  createDatabaseFromTemplate,
  databaseExists,
  databaseName,
  databaseUrl,
  dropDatabase,
  ensureDatabase,
  resetDatabase,
  withServerLock,
} from "./database-admin";
export { paths } from "./paths";
