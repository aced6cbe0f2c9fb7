/**
 * `pnpm bench:import`: the import of N statement lines through the real `import-bank-statement`
 * path, once as a CSV file (with a saved import profile) and once as a camt.053 file, on a real
 * PostgreSQL, beside a baseline measured in the same run: a raw server-side `COPY` of the same N
 * rows into a scratch table (the least any import must do). Files larger than
 * `backgroundImportBytes` go the way a user's would: the use case queues them and the
 * `import-bank-statement` job (run here in-process, as the worker would) reads, checks and
 * stores them; smaller ones are imported inline. Prints lines per second, the ratio to the
 * baseline, and the process's peak memory. Never asserts a timing.
 *
 * `BENCH_IMPORT_SIZES=5000 …` (or `pnpm bench:import:quick`) is the short bounded run for CI.
 * Runs under `scripts/with-database.ts` (DATABASE_URL's server, else an embedded one).
 *
 * Figures of 2026-12-03, 100k lines, on the shared 2-core machine (wall time; read the load):
 * - per-line Web Crypto hashing, load average 7–9: COPY 0.47 s; CSV (6.2 MiB) 35.4 s, 2,823
 *   lines/s, 75× COPY; camt.053 (49.1 MiB) 91.7 s, 1,091 lines/s, 194× COPY; peak RSS 2.1 GB.
 * - node:crypto hashing, load average 25–31: COPY 0.38 s; CSV 19.3 s, 5,185 lines/s, 51× COPY;
 *   camt.053 111.8 s, 895 lines/s, 294× COPY; peak RSS 2.0 GB. The camt reader (fast-xml-parser
 *   builds the whole document; garbage collection is a third of its time) is the rest.
 */
import { randomUUID } from "node:crypto";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createServerDependencies } from "@closebook/api";
import { createBankAccount, importBankStatement, runJob, saveCsvImportProfile, type Actor } from "@closebook/core";
import { applyMigrations, databaseUrl, dropDatabase, ensureDatabase } from "@closebook/db/server";
import { generateCamt053 } from "../packages/core/src/bank-statements/fixtures/generate-camt053";
import { backgroundImportBytes } from "../packages/core/src/bank-statements/statement-import";

const sizes = (process.env.BENCH_IMPORT_SIZES ?? "100000").split(",").map((value) => Number(value.trim()));
const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.error("Run it under scripts/with-database.ts (pnpm bench:import), which provides DATABASE_URL.");
  process.exit(2);
}
const benchName = `closebook_bench_import_${process.pid}`;
const benchDb = databaseUrl(serverUrl, benchName);
await ensureDatabase(benchDb);
await applyMigrations(benchDb);
const deps = createServerDependencies({ ...process.env, DATABASE_URL: benchDb, DATABASE_POOL_SIZE: "4" });
const db = deps.db;
const mailer = { send: async () => {} };
const scratchDir = path.join(os.tmpdir(), `closebook-bench-import-${process.pid}`);

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
const decimal = (cents: bigint) => `${cents < 0n ? "-" : ""}${(cents < 0n ? -cents : cents) / 100n}.${((cents < 0n ? -cents : cents) % 100n).toString().padStart(2, "0")}`;

/** N deterministic statement rows: the CSV file's lines and the COPY baseline's rows. */
function rows(n: number): { date: string; amount: bigint; reference: string; text: string }[] {
  let state = 20261203n;
  const out = [];
  for (let i = 1; i <= n; i++) {
    state = (state * 6364136223846793005n + 1442695040888963407n) % (1n << 64n);
    const magnitude = 1n + ((state >> 16n) % 250_000n);
    out.push({ date: `2026-06-${String(1 + (i % 28)).padStart(2, "0")}`, amount: i % 3 === 0 ? -magnitude : magnitude, reference: `TX${String(i).padStart(8, "0")}`, text: `Invoice INV-${String(i).padStart(6, "0")} Customer ${i % 5000}` });
  }
  return out;
}

/** An organization of its own per size (the bank accounts' IBANs are unique per organization). */
async function organization(size: number): Promise<{ admin: Actor; camtAccount: string; csvAccount: string; profileId: string }> {
  const organizationId = randomUUID();
  await db.prisma.organization.create({ data: { id: organizationId, name: `Bench import ${size}`, slug: `bench-import-${size}` } });
  const signUp = await deps.auth.api.signUpEmail({ body: { email: `admin-${size}@bench.test`, password: "bench-password-2026", name: "Bench admin" } });
  await db.prisma.member.create({ data: { id: randomUUID(), organizationId, userId: signUp.user.id, role: "admin" } });
  const admin: Actor = { userId: signUp.user.id, organizationId, role: "admin", requestId: "bench-import" };
  const camt = await createBankAccount(db, admin, { code: "1010", name: "camt account", currency: "EUR", iban: "DE89370400440532013000", bankName: "Bench Bank" });
  const csv = await createBankAccount(db, admin, { code: "1020", name: "CSV account", currency: "EUR", accountNumber: "BENCH-CSV-1", bankName: "Bench Bank" });
  const profile = await saveCsvImportProfile(db, admin, {
    bankAccountId: csv.state.id,
    profile: {
      name: "Bench CSV",
      delimiter: ",",
      encoding: "utf-8",
      hasHeaderRow: true,
      columns: { bookingDate: "Date", amount: { kind: "signed", column: "Amount" }, remittance: ["Description"], bankReference: "Transaction ID" },
      dateFormat: "YYYY-MM-DD",
      decimalSeparator: ".",
      thousandsSeparator: "",
    },
  });
  return { admin, camtAccount: camt.state.id, csvAccount: csv.state.id, profileId: profile.state.id };
}

/** One upload as a user makes it, then (when it was queued) the job as the worker runs it. */
async function importFile(admin: Actor, bankAccountId: string, fileName: string, bytes: Buffer, profileId?: string) {
  const started = process.hrtime.bigint();
  const queued = await importBankStatement(db, admin, { bankAccountId, fileName, content: bytes.toString("base64"), ...(profileId ? { profileId } : {}) });
  if (queued.state.status === "queued") await runJob("import-bank-statement", { db, mailer }, { organizationId: admin.organizationId, importId: queued.state.id });
  const wall = seconds(started);
  const record = await db.prisma.bankStatementImport.findUniqueOrThrow({ where: { id: queued.state.id } });
  if (record.status !== "succeeded") throw new Error(`${fileName}: import ${record.status} ${JSON.stringify(record.failure)}`);
  const stored = await db.prisma.bankStatementLine.count({ where: { bankAccountId } });
  return { wall, stored, background: queued.state.status === "queued" };
}

/** The baseline: a server-side COPY of the same N rows into a scratch table. */
async function copyBaseline(n: number, data: ReturnType<typeof rows>): Promise<number> {
  const file = path.join(scratchDir, `copy-${n}.csv`);
  writeFileSync(file, data.map((r) => `${r.date},${r.amount},EUR,${r.reference},"${r.text}"`).join("\n") + "\n");
  await db.prisma.$executeRawUnsafe(`drop table if exists bench_copy_scratch`);
  await db.prisma.$executeRawUnsafe(`create table bench_copy_scratch (booking_date date, amount_minor bigint, currency char(3), bank_reference text, remittance text)`);
  const started = process.hrtime.bigint();
  await db.prisma.$executeRawUnsafe(`copy bench_copy_scratch from '${file}' with (format csv)`);
  return seconds(started);
}

const rate = (n: number, s: number) => `${Math.round(n / s).toLocaleString("en")} lines/s`;
console.log(`statement import benchmark: sizes ${sizes.join(", ")}; background above ${backgroundImportBytes / 1048576} MiB; load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
try {
  mkdirSync(scratchDir, { recursive: true });
  for (const size of sizes) {
    const org = await organization(size);
    const data = rows(size);
    const baseline = await copyBaseline(size, data);
    const csv = Buffer.from("Date,Description,Amount,Transaction ID\n" + data.map((r) => `${r.date},"${r.text}",${decimal(r.amount)},${r.reference}`).join("\n") + "\n", "utf8");
    const csvRun = await importFile(org.admin, org.csvAccount, `bench-${size}.csv`, csv, org.profileId);
    const camt = generateCamt053({ lines: size });
    const camtBytes = Buffer.from(camt.xml, "utf8");
    const camtRun = await importFile(org.admin, org.camtAccount, `bench-${size}.xml`, camtBytes);
    const peak = Math.round(process.resourceUsage().maxRSS / 1024);
    console.log(`${String(size).padStart(8)} rows: COPY baseline ${baseline.toFixed(3)} s (${rate(size, baseline)})`);
    for (const [format, run, bytes] of [["CSV", csvRun, csv.length], ["camt.053", camtRun, camtBytes.length]] as const) {
      console.log(
        `         ${format.padEnd(8)} ${(bytes / 1048576).toFixed(1)} MiB ${run.background ? "background job" : "inline"}: ${run.wall.toFixed(2)} s (${rate(size, run.wall)}), ` +
          `${run.stored} lines stored, import/COPY ${(run.wall / baseline).toFixed(0)}×`,
      );
    }
    console.log(`         peak RSS so far ${peak} MB; load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  }
} finally {
  rmSync(scratchDir, { recursive: true, force: true });
  await db.close();
  await dropDatabase(serverUrl, benchName);
}
