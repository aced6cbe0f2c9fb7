/**
 * Runs a command against a PostgreSQL server: DATABASE_URL's when set, otherwise an embedded
 * one started for this run only (under .data/, removed afterwards). `pnpm test` uses it so that
 * every package's tests share one server; each test file still gets its own database.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { explainAndExit, paths, startEmbeddedPostgres } from "@closebook/db/server";

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error("Usage: tsx scripts/with-database.ts <command> [args...]");
  process.exit(2);
}

let url = process.env.DATABASE_URL;
let stop = async () => {};
if (url) {
  console.log(`Testing against DATABASE_URL (${new URL(url).host}).`);
} else {
  const server = await startEmbeddedPostgres({ dataDir: path.join(paths.data, `test-${process.pid}`), persistent: false, durability: "throwaway" }).catch(explainAndExit);
  url = server.adminUrl;
  stop = () => server.stop();
  console.log(`Testing against an embedded PostgreSQL on port ${server.port}.`);
}

const child = spawn(command, args, { stdio: "inherit", env: { ...process.env, DATABASE_URL: url } });
const code: number = await new Promise((resolve) => child.on("exit", (c, signal) => resolve(c ?? (signal ? 1 : 0))));
await stop();
process.exit(code);
