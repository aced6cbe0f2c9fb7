import { randomUUID } from "node:crypto";
import { inject } from "vitest";
import "./provided-context";
import { createDatabase, type Database } from "../database";
import { createDatabaseFromTemplate, databaseUrl, dropDatabase } from "../server/database-admin";

export interface TestDatabase {
  db: Database;
  url: string;
  /** Closes the connections and drops the database. */
  destroy(): Promise<void>;
}

/** A fresh database with every migration applied, private to the calling test file. */
export async function createTestDatabase(options: { maxConnections?: number } = {}): Promise<TestDatabase> {
  const serverUrl = inject("databaseServerUrl");
  const name = `closebook_test_${randomUUID().replaceAll("-", "").slice(0, 20)}`;
  await createDatabaseFromTemplate(serverUrl, name, inject("templateDatabase"));
  const url = databaseUrl(serverUrl, name);
  const db = createDatabase(url, { maxConnections: options.maxConnections ?? 12 });
  return {
    db,
    url,
    async destroy() {
      await db.close();
      await dropDatabase(serverUrl, name);
    },
  };
}
