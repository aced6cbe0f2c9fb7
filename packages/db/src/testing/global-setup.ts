/**
 * Vitest global setup shared by every package: finds the PostgreSQL server to test against
 * (DATABASE_URL's, or an embedded one started here) and prepares a template database with all
 * migrations applied, from which each test file clones its own database.
 */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { databaseExists, databaseUrl, withServerLock } from "../server/database-admin";
import { startEmbeddedPostgres } from "../server/embedded-postgres";
import { applyMigrations } from "../server/migrations";
import { paths } from "../server/paths";

import "./provided-context";

async function migrationsFingerprint(): Promise<string> {
  const hash = createHash("sha256");
  const dirs = (await readdir(paths.migrations, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  for (const dir of dirs) {
    hash.update(dir);
    hash.update(await readFile(path.join(paths.migrations, dir, "migration.sql")));
  }
  return hash.digest("hex").slice(0, 16);
}

export default async function setup(project: TestProject) {
  let serverUrl = process.env.DATABASE_URL;
  let stop = async () => {};
  if (!serverUrl) {
    const server = await startEmbeddedPostgres({
      dataDir: path.join(paths.data, `test-${process.pid}`),
      persistent: false,
      durability: "throwaway",
    });
    serverUrl = server.adminUrl;
    stop = () => server.stop();
  }
  const template = `closebook_template_${await migrationsFingerprint()}`;
  await withServerLock(serverUrl, 727_001, async () => {
    if (await databaseExists(serverUrl, template)) return;
    const staging = `${template}_staging_${process.pid}`;
    const admin = databaseUrl(serverUrl, "postgres");
    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(`drop database if exists "${staging}" with (force)`);
      await client.query(`create database "${staging}"`);
      await applyMigrations(databaseUrl(serverUrl, staging));
      await client.query(`alter database "${staging}" rename to "${template}"`);
    } finally {
      await client.end();
    }
  });
  project.provide("databaseServerUrl", serverUrl);
  project.provide("templateDatabase", template);
  return stop;
}
