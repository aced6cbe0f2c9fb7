import pg from "pg";

/** The same server, another database. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, "")) || "postgres";
}

async function withAdmin<T>(serverUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, "postgres") });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Creates the database named in `url` on its server unless it exists. Returns whether it did. */
export async function ensureDatabase(url: string): Promise<boolean> {
  const name = databaseName(url);
  return withAdmin(url, async (client) => {
    const found = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (found.rowCount) return false;
    await client.query(`create database ${quote(name)}`);
    return true;
  });
}

export async function createDatabaseFromTemplate(serverUrl: string, name: string, template: string): Promise<void> {
  await withAdmin(serverUrl, (client) => client.query(`create database ${quote(name)} template ${quote(template)}`));
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withAdmin(serverUrl, (client) => client.query(`drop database if exists ${quote(name)} with (force)`));
}

export async function databaseExists(serverUrl: string, name: string): Promise<boolean> {
  return withAdmin(serverUrl, async (client) => {
    const found = await client.query("select 1 from pg_database where datname = $1", [name]);
    return (found.rowCount ?? 0) > 0;
  });
}

/** Runs `run` while holding a server-wide advisory lock, so concurrent processes take turns. */
export async function withServerLock<T>(serverUrl: string, lockId: number, run: () => Promise<T>): Promise<T> {
  return withAdmin(serverUrl, async (client) => {
    await client.query("select pg_advisory_lock($1)", [lockId]);
    try {
      return await run();
    } finally {
      await client.query("select pg_advisory_unlock($1)", [lockId]);
    }
  });
}

/**
 * Empties the database named in `url`: drops the application's schema and the job queue's
 * (everything in them, data and tables) and leaves an empty `public` schema, for the migrations
 * to build again (`pnpm db:seed --reset`).
 */
export async function resetDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("drop schema if exists graphile_worker cascade");
    await client.query("drop schema if exists public cascade");
    await client.query("create schema public");
  } finally {
    await client.end();
  }
}
