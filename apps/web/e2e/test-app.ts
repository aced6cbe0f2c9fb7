/**
 * The app as the browser tests see it: a fresh database on a PostgreSQL server (DATABASE_URL's,
 * or an embedded one started here), migrated but empty (no demo data: each test creates what it
 * needs through e2e/fixtures.ts), and the production build served by `next start` on a free port.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { applyMigrations, databaseUrl, dropDatabase, ensureDatabase, freePort, paths, startEmbeddedPostgres } from "@closebook/db/server";

export const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const nextBin = createRequire(path.join(webRoot, "package.json")).resolve("next/dist/bin/next");

export interface TestApp {
  baseUrl: string;
  databaseUrl: string;
  stop(): Promise<void>;
}

type Log = (line: string) => void;

/** The environment for Next.js children: a production build and server, not vitest's NODE_ENV=test. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...extra };
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, ...args], { cwd: webRoot, env, stdio: "inherit" });
    child.once("error", reject);
    child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next ${args.join(" ")} exited with ${code}`))));
  });
}

async function waitUntilAnswering(url: string, child: ChildProcess, output: string[], timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output.join("")}`);
    try {
      const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5_000) });
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s:\n${output.join("")}`);
}

function stopProcessGroup(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return resolve();
    const pid = child.pid;
    const force = setTimeout(() => signalGroup(pid, "SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    signalGroup(pid, "SIGTERM");
  });
}

/** Signals the process group this module started (`next start` and anything it forked). */
function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

export async function startTestApp(log: Log = (line) => console.log(line)): Promise<TestApp> {
  const cleanups: (() => Promise<void>)[] = [];
  const cleanUp = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => console.error("e2e cleanup:", error));
  };
  try {
    let serverUrl = process.env.DATABASE_URL;
    if (!serverUrl) {
      const server = await startEmbeddedPostgres({ dataDir: path.join(paths.data, `e2e-${process.pid}`), persistent: false, durability: "throwaway" });
      serverUrl = server.adminUrl;
      cleanups.push(() => server.stop());
      log(`e2e: embedded PostgreSQL on port ${server.port}`);
    }
    const server = serverUrl;

    const name = `closebook_e2e_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
    const url = databaseUrl(server, name);
    await ensureDatabase(url);
    cleanups.push(() => dropDatabase(server, name));
    await applyMigrations(url);
    log(`e2e: database ${name} migrated`);

    if (!existsSync(path.join(webRoot, ".next", "BUILD_ID"))) {
      log("e2e: no production build yet, running next build");
      await run(["build"], childEnv({}));
    }

    const port = await freePort();
    const baseUrl = `http://localhost:${port}`;
    const output: string[] = [];
    const child = spawn(process.execPath, [nextBin, "start", "--port", String(port)], {
      cwd: webRoot,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: childEnv({
        DATABASE_URL: url,
        BETTER_AUTH_URL: baseUrl,
        BETTER_AUTH_SECRET: randomBytes(32).toString("hex"),
        PORT: String(port),
        // Browser contexts send their own x-forwarded-for (session.ts `clientIp`); `next start` fills
        // in the socket's address when they send none, so every context has a client address.
        CLOSEBOOK_TRUSTED_PROXY_HEADER: "x-forwarded-for",
      }),
    });
    const keep = (chunk: Buffer) => {
      output.push(chunk.toString());
      if (output.length > 200) output.shift();
    };
    child.stdout?.on("data", keep);
    child.stderr?.on("data", keep);
    cleanups.push(() => stopProcessGroup(child));
    await waitUntilAnswering(`${baseUrl}/sign-in`, child, output);
    log(`e2e: app at ${baseUrl}`);

    return {
      baseUrl,
      databaseUrl: url,
      async stop() {
        const serverLog = output.join("");
        if (/error/i.test(serverLog)) log(`e2e: next start output:\n${serverLog}`);
        await cleanUp();
      },
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}
