import net from "node:net";
import path from "node:path";
import { ensureDatabase, databaseUrl } from "./database-admin";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { paths } from "./paths";

export interface ResolvedDatabase {
  url: string;
  /** "external" when DATABASE_URL named the server, "embedded" otherwise. */
  kind: "external" | "embedded";
  /** Stops the embedded server if this process started it. */
  release(): Promise<void>;
}

const embeddedDevPort = Number(process.env.EMBEDDED_PG_PORT ?? 54329);

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: "127.0.0.1" });
    socket.once("connect", () => {
      socket.end();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/**
 * The database `pnpm dev`, `pnpm db:*` and the worker use: DATABASE_URL when it is set (the
 * production path), otherwise the embedded PostgreSQL kept under .data/postgres, started here
 * unless another local process already runs it.
 */
export async function resolveLocalDatabase(): Promise<ResolvedDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) {
    await ensureDatabase(external);
    return { url: external, kind: "external", release: async () => {} };
  }
  const adminUrl = `postgres://postgres:postgres@127.0.0.1:${embeddedDevPort}/postgres`;
  let release = async () => {};
  if (!(await isListening(embeddedDevPort))) {
    const server = await startEmbeddedPostgres({
      dataDir: path.join(paths.data, "postgres"),
      port: embeddedDevPort,
      persistent: true,
    });
    release = () => server.stop();
  }
  const url = databaseUrl(adminUrl, "closebook");
  await ensureDatabase(url);
  return { url, kind: "embedded", release };
}
