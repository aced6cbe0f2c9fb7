/**
 * `pnpm bench`: postings through the HTTP API at 16 concurrent clients in one organization, beside
 * pgbench's TPC-B on the same PostgreSQL server in the same run. Prints postings per second, p50
 * and p99 latency of the API calls, the API server's peak memory, and the ratio to pgbench.
 *
 * Half the clients post balanced manual entries; the other half run whole movement workflows
 * (a clerk requests a payment, an approver approves, it posts). Every mutation carries an
 * idempotency key. Traffic goes to 127.0.0.1 only; the run stops by itself.
 */
import { execFileSync, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { createServerDependencies } from "@closebook/api";
import { createClosebookClient } from "@closebook/api/client";
import { createAccount, createCounterparty, postManualJournalEntry, type Actor } from "@closebook/core";
import { applyMigrations, databaseUrl, dropDatabase, ensureDatabase, explainAndExit, freePort, paths, startEmbeddedPostgres } from "@closebook/db/server";

const clients = Number(process.env.BENCH_CLIENTS ?? 16);
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const password = "bench-password-2026";

let serverUrl = process.env.DATABASE_URL;
let stopServer = async () => {};
if (!serverUrl) {
  const server = await startEmbeddedPostgres({ dataDir: path.join(paths.data, `bench-${process.pid}`), persistent: false, durability: "throwaway" }).catch(explainAndExit);
  serverUrl = server.adminUrl;
  stopServer = () => server.stop();
}
const benchDb = databaseUrl(serverUrl, `closebook_bench_${process.pid}`);
const pgbenchDb = databaseUrl(serverUrl, `closebook_pgbench_${process.pid}`);
await ensureDatabase(benchDb);
await applyMigrations(benchDb);

// --- Organization, users, accounts -----------------------------------------------------------
const deps = createServerDependencies({ ...process.env, DATABASE_URL: benchDb });
const organizationId = randomUUID();
await deps.db.prisma.organization.create({ data: { id: organizationId, name: "Bench Org", slug: "bench" } });
const users: Record<string, { id: string; email: string }> = {};
for (const role of ["admin", "controller", "clerk", "approver"] as const) {
  const email = `${role}@bench.test`;
  const signUp = await deps.auth.api.signUpEmail({ body: { email, password, name: `Bench ${role}` } });
  await deps.db.prisma.member.create({ data: { id: randomUUID(), organizationId, userId: signUp.user.id, role } });
  users[role] = { id: signUp.user.id, email };
}
const admin: Actor = { userId: users.admin?.id ?? "", organizationId, role: "admin", requestId: "bench-setup" };
const account = async (code: string, name: string, type: "asset" | "liability" | "equity" | "expense", isBankAccount = false) =>
  (await createAccount(deps.db, admin, { code, name, type, currency: "EUR", isBankAccount })).state.id;
const bank = await account("1010", "Operating bank", "asset", true);
const cash = await account("1020", "Petty cash", "asset", true);
const equity = await account("3000", "Share capital", "equity");
const payable = await account("2000", "Accounts payable", "liability");
const expense = await account("6000", "Office expenses", "expense");
await postManualJournalEntry(deps.db, admin, {
  effectiveDate: new Date(),
  memo: "Opening capital",
  lines: [
    { accountId: bank, debitMinor: 10_000_000_000n },
    { accountId: equity, creditMinor: 10_000_000_000n },
  ],
});
const vendor = (await createCounterparty(deps.db, admin, { kind: "vendor", name: "Bench Vendor" })).state.id;
await deps.db.close();

// --- The API server ---------------------------------------------------------------------------
const port = await freePort();
const api = spawn(process.execPath, ["--import", "tsx", path.join(paths.root, "bench/api-server.ts")], {
  env: { ...process.env, DATABASE_URL: benchDb, PORT: String(port), NODE_ENV: "production", CLOSEBOOK_ALLOW_DEV_SECRET: "1", DATABASE_POOL_SIZE: "24" },
  stdio: ["ignore", "inherit", "inherit"],
});
const base = `http://127.0.0.1:${port}`;
for (let i = 0; ; i++) {
  try {
    await fetch(`${base}/api/trpc/session.me`);
    break;
  } catch {
    if (i > 200) throw new Error("API server did not start");
    await new Promise((r) => setTimeout(r, 100));
  }
}
async function signIn(email: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`sign-in ${email}: ${response.status}`);
  return response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}
const latencies: number[] = [];
const timedFetch: typeof fetch = async (input, init) => {
  const started = performance.now();
  const response = await fetch(input, init);
  await response.clone().arrayBuffer();
  latencies.push(performance.now() - started);
  return response;
};
const client = async (role: string) => createClosebookClient({ url: `${base}/api/trpc`, cookie: await signIn(users[role]?.email ?? ""), organizationId, fetch: timedFetch, batch: false });
const controller = await client("controller");
const clerk = await client("clerk");
const approver = await client("approver");

// --- The load -----------------------------------------------------------------------------------
let postings = 0;
let failures = 0;
const deadline = Date.now() + seconds * 1000;
async function entryLoop(worker: number) {
  for (let i = 0; Date.now() < deadline; i++) {
    try {
      const amount = BigInt(100 + ((worker * 7919 + i) % 9000));
      const [from, to] = i % 2 === 0 ? [bank, cash] : [cash, bank];
      await controller.ledger.postEntry.mutate({
        effectiveDate: new Date(),
        memo: `bench ${worker}/${i}`,
        lines: [
          { accountId: to, debitMinor: amount },
          { accountId: from, creditMinor: amount },
        ],
        idempotencyKey: `bench-entry-${worker}-${i}-${randomUUID()}`,
      });
      postings++;
    } catch (error) {
      failures++;
      if (failures < 5) console.error(error);
    }
  }
}
async function movementLoop(worker: number) {
  for (let i = 0; Date.now() < deadline; i++) {
    try {
      const requested = await clerk.movements.request.mutate({
        kind: "vendor_payment",
        description: `bench payment ${worker}/${i}`,
        amountMinor: BigInt(1_00 + ((worker * 31 + i) % 900_00)),
        sourceAccountId: bank,
        destinationAccountId: i % 2 ? payable : expense,
        counterpartyId: vendor,
        idempotencyKey: `bench-move-${worker}-${i}-${randomUUID()}`,
      });
      const approved = await approver.approvals.approve.mutate({ movementId: requested.state.id, idempotencyKey: `bench-approve-${requested.state.id}` });
      if (approved.state.status !== "posted") throw new Error(`movement not posted: ${approved.state.status}`);
      postings++;
    } catch (error) {
      failures++;
      if (failures < 5) console.error(error);
    }
  }
}
const started = performance.now();
await Promise.all(Array.from({ length: clients }, (_, w) => (w % 2 === 0 ? entryLoop(w) : movementLoop(w))));
const elapsed = (performance.now() - started) / 1000;
const peakKb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${api.pid}/status`, "utf8"))?.[1] ?? 0);
api.kill("SIGTERM");

// --- pgbench on the same server ---------------------------------------------------------------------------
let tps: number | null = null;
try {
  await ensureDatabase(pgbenchDb);
  const env = { ...process.env, PGPASSWORD: new URL(serverUrl).password };
  const target = ["-h", "127.0.0.1", "-p", new URL(serverUrl).port || "5432", "-U", decodeURIComponent(new URL(serverUrl).username)];
  const dbName = new URL(pgbenchDb).pathname.slice(1);
  execFileSync("pgbench", [...target, "-i", "-s", "10", "-q", dbName], { env, stdio: "ignore" });
  const out = execFileSync("pgbench", [...target, "-c", String(clients), "-j", "2", "-T", String(Math.min(seconds, 20)), dbName], { env, encoding: "utf8" });
  tps = Number(/tps = ([\d.]+)/.exec(out)?.[1] ?? NaN);
} catch (error) {
  console.error(`pgbench unavailable: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
}

const sorted = [...latencies].sort((a, b) => a - b);
const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const rate = postings / elapsed;
console.log(`
Closebook HTTP API benchmark (${clients} clients, ${elapsed.toFixed(1)} s, one organization)
  postings            ${postings} (${failures} failed calls)
  postings/s          ${rate.toFixed(1)}
  API calls           ${latencies.length}, p50 ${pct(50).toFixed(1)} ms, p99 ${pct(99).toFixed(1)} ms
  API server peak RSS ${(peakKb / 1024).toFixed(0)} MiB
  pgbench TPC-B tps   ${tps === null ? "n/a" : tps.toFixed(0)} (same server, ${clients} clients)
  ratio               ${tps ? (rate / tps).toFixed(3) : "n/a"} postings/s per pgbench tps (target >= 0.4; p99 target < 50 ms)
`);

await dropDatabase(serverUrl, new URL(benchDb).pathname.slice(1)).catch(() => {});
await dropDatabase(serverUrl, new URL(pgbenchDb).pathname.slice(1)).catch(() => {});
await stopServer();
process.exit(0);
