import { actorFor, createTestDatabase, createTestOrganization, expectFailure, type TestDatabase, type TestOrganization } from "@closebook/db/testing";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ParsedStatement, ParsedStatementLine, StatementReadResult } from "../bank-statements/parsed-statement";
import type { StatementFileReader } from "../bank-statements/statement-import";
import { runStatementImportJob } from "../jobs/import-statement-job";
import { getBankAccount, getStatementImport, listStatementLines } from "../queries/bank-queries";
import { createBankAccount } from "./create-bank-account";
import { defineImportBankStatement, importBankStatement as realImport } from "./import-bank-statement";

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../bank-statements/fixtures/camt053");

/**
 * The files here are ParsedStatements written with superjson, read back by `readTestFile`: the
 * import's own rules (account, currency, balances, identities, duplicates, gaps, the background
 * path) are what is tested; each real format's reader has tests of its own.
 */
const readTestFile: StatementFileReader = (bytes): StatementReadResult => {
  const file = superjson.parse<{ statements: ParsedStatement[] } | { problems: StatementReadResult & { ok: false } }>(new TextDecoder().decode(bytes));
  if ("problems" in file) return file.problems;
  return { ok: true, format: "camt.053", statements: file.statements, warnings: [] };
};
const importBankStatement = defineImportBankStatement(readTestFile);

const iban = "DE89370400440532013000";
let t: TestDatabase;
let org: TestOrganization;
let bankAccountId: string;

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 6 });
  org = await createTestOrganization(t.db);
  bankAccountId = (await createBankAccount(t.db, actorFor(org, "controller"), { code: "1010", name: "Operating bank", currency: "EUR", iban, bankName: "Commerzbank" })).state.id;
});
afterAll(() => t.destroy());

function line(amount: bigint, bookingDate: string, extra: Partial<ParsedStatementLine> = {}): ParsedStatementLine {
  return {
    location: { element: "Ntry" },
    bookingDate,
    valueDate: bookingDate,
    amount,
    currency: "EUR",
    bankReference: null,
    endToEndId: null,
    counterpartyName: null,
    counterpartyAccount: null,
    remittanceInformation: null,
    structuredReference: null,
    additionalInformation: null,
    bankTransactionCode: null,
    ...extra,
  };
}

function statement(id: string, opening: bigint, lines: ParsedStatementLine[], dates: { from: string; to: string }, account: Partial<ParsedStatement["account"]> = {}, closing?: bigint): ParsedStatement {
  const close = closing ?? lines.reduce((sum, l) => sum + l.amount, opening);
  return {
    format: "camt.053",
    statementId: id,
    account: { iban, number: null, currency: "EUR", bic: null, ...account },
    opening: { type: "OPBD", amount: opening, currency: "EUR", date: dates.from, location: { element: "Bal[1]" } },
    closing: { type: "CLBD", amount: close, currency: "EUR", date: dates.to, location: { line: 40, element: "Stmt/Bal[2]/Amt" } },
    otherBalances: [{ type: "CLAV", amount: close, currency: "EUR", date: dates.to, location: {} }],
    fromDate: dates.from,
    toDate: dates.to,
    lines,
  };
}

const file = (...statements: ParsedStatement[]) => Buffer.from(superjson.stringify({ statements })).toString("base64");
const june = { from: "2026-06-01", to: "2026-06-30" };
const july = { from: "2026-07-01", to: "2026-07-31" };

async function lineCount(account = bankAccountId) {
  return t.db.prisma.bankStatementLine.count({ where: { bankAccountId: account } });
}

async function snapshot() {
  const where = { organizationId: org.organizationId };
  return Promise.all([
    t.db.prisma.bankStatementLine.count({ where }),
    t.db.prisma.bankStatement.count({ where }),
    t.db.prisma.bankStatementImport.count({ where }),
    t.db.prisma.auditEvent.count({ where }),
  ]);
}

const coffee = (day: string) => line(-350n, day, { counterpartyName: "Café Central", remittanceInformation: "Coffee" });
const juneFile = file(
  statement("2026-06", 1_000_00n, [
    line(250_00n, "2026-06-03", { bankReference: "REF-1", endToEndId: "INV-1", counterpartyName: "Acme", remittanceInformation: "Invoice CH-1" }),
    coffee("2026-06-05"),
    coffee("2026-06-05"),
    line(-12_00n, "2026-06-30", { bankReference: "FEE-6", bankTransactionCode: "PMNT/CCRD/CHRG", additionalInformation: "Account fee" }),
  ], june),
);

describe("import-bank-statement", () => {
  it("imports the statement and its lines, two identical coffees as two lines, audited, with the outcome", async () => {
    const before = await snapshot();
    const result = await importBankStatement(t.db, actorFor(org, "clerk"), { bankAccountId, fileName: "june.xml", content: juneFile });
    expect(result.message).toBe("Imported 1 statement from june.xml: 4 new lines.");
    expect(result.warnings).toEqual([]);
    expect(result.state).toMatchObject({ status: "succeeded", background: false, linesTotal: 4, linesProcessed: 4, failure: null, fileName: "june.xml" });
    expect(result.state.result).toMatchObject({ statementsImported: 1, statementsSkipped: 0, linesNew: 4, linesDuplicate: 0 });
    const after = await snapshot();
    expect(after.map((n, i) => n - (before[i] ?? 0))).toEqual([4, 1, 1, 1]);
    const page = await listStatementLines(t.db, actorFor(org, "viewer"), { bankAccountId, limit: 10 });
    expect(page.items.map((l) => [l.amountMinor, l.occurrence, l.status])).toEqual([
      [-12_00n, 1, "unreconciled"],
      [-350n, 2, "unreconciled"],
      [-350n, 1, "unreconciled"],
      [250_00n, 1, "unreconciled"],
    ]);
    const [coffee2, coffee1] = page.items.slice(1, 3);
    expect(coffee1?.lineIdentity).not.toBe(coffee2?.lineIdentity);
    expect(page.items[3]).toMatchObject({ bankReference: "REF-1", endToEndId: "INV-1", counterpartyName: "Acme", remittanceInformation: "Invoice CH-1", bookingDate: new Date("2026-06-03T00:00:00Z") });
    const account = await getBankAccount(t.db, actorFor(org, "viewer"), { bankAccountId });
    expect(account).toMatchObject({ lastStatementDate: new Date("2026-06-30T00:00:00Z"), lastClosingMinor: 1_000_00n + 250_00n - 700n - 12_00n, unreconciledCount: 4 });
    const status = await getStatementImport(t.db, actorFor(org, "viewer"), { importId: result.state.id });
    expect(status).toEqual(result.state);
  });

  it("re-importing the file adds nothing and says so; an overlapping file adds only its new lines", async () => {
    const before = await lineCount();
    const again = await importBankStatement(t.db, actorFor(org, "clerk"), { bankAccountId, fileName: "june-again.xml", content: juneFile });
    expect(again.message).toBe("Imported 0 statements from june-again.xml: 0 new lines, 4 lines already imported.");
    expect(again.state.result).toMatchObject({ statementsImported: 0, statementsSkipped: 1, linesNew: 0, linesDuplicate: 4 });
    expect(await lineCount()).toBe(before);
    // The bank's mid-month file had the first half of June; the month's file then adds the rest.
    const overlap = file(
      statement("2026-06-B", 1_000_00n, [
        line(250_00n, "2026-06-03", { bankReference: "REF-1", endToEndId: "INV-1", counterpartyName: "Acme", remittanceInformation: "Invoice CH-1" }),
        line(-12_00n, "2026-06-30", { bankReference: "FEE-6" }),
        line(80_00n, "2026-06-30", { bankReference: "REF-2", counterpartyName: "Beta" }),
      ], june, {}, 1_000_00n + 250_00n - 12_00n + 80_00n),
    );
    const result = await importBankStatement(t.db, actorFor(org, "clerk"), { bankAccountId, fileName: "overlap.xml", content: overlap });
    expect(result.state.result).toMatchObject({ statementsImported: 1, linesNew: 1, linesDuplicate: 2 });
    expect(await lineCount()).toBe(before + 1);
  });

  it("warns when a statement does not open with the previous statement's closing balance, naming both", async () => {
    const lastClosing = (await getBankAccount(t.db, actorFor(org, "viewer"), { bankAccountId })).lastClosingMinor;
    expect(lastClosing).toBe(1_318_00n);
    const result = await importBankStatement(t.db, actorFor(org, "clerk"), { bankAccountId, fileName: "july.xml", content: file(statement("2026-07", 1_300_00n, [line(5_00n, "2026-07-02")], july)) });
    expect(result.warnings).toEqual([
      {
        code: "STATEMENT_BALANCE_GAP",
        message: "Statement 2026-07 opens with 1,300.00 EUR on 2026-07-01, but statement 2026-06-B closed with 1,318.00 EUR on 2026-06-30: a gap of -18.00 EUR (a statement missing?).",
      },
    ]);
    expect(result.state.result?.warnings).toEqual(result.warnings);
  });

  it("refuses a statement that does not add up, naming the figures and the closing balance; writes nothing", async () => {
    const before = await snapshot();
    const error = await expectFailure(
      importBankStatement(t.db, actorFor(org, "clerk"), { bankAccountId, fileName: "bad.xml", content: file(statement("2026-08", 100_00n, [line(5_00n, "2026-08-02"), line(-1_00n, "2026-08-03")], { from: "2026-08-01", to: "2026-08-31" }, {}, 105_00n)) }),
      "STATEMENT_BALANCE_MISMATCH",
    );
    expect(error.message).toBe(
      "Statement 2026-08 (DE89370400440532013000): opening balance 100.00 EUR + credits 5.00 EUR − debits 1.00 EUR (2 lines) = 104.00 EUR, but the closing balance is 105.00 EUR (difference 1.00 EUR). (line 40, Stmt/Bal[2]/Amt) Nothing was imported.",
    );
    expect(error.details).toMatchObject({ location: "line 40, Stmt/Bal[2]/Amt", difference: "100" });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses an unreadable file naming the line and field, and writes nothing", async () => {
    const before = await snapshot();
    const broken = Buffer.from(superjson.stringify({ problems: { ok: false, format: "camt.053", problems: [{ location: { line: 14, element: "Ntry[3]/Amt", field: "Amt" }, message: "18.155 has more decimals than EUR has" }] } })).toString("base64");
    const error = await expectFailure(importBankStatement(t.db, actorFor(org, "clerk"), { bankAccountId, fileName: "broken.xml", content: broken }), "STATEMENT_UNREADABLE");
    expect(error.message).toBe("broken.xml cannot be imported: line 14, Ntry[3]/Amt (Amt): 18.155 has more decimals than EUR has. Nothing was imported.");
    expect(error.details).toMatchObject({ field: "content", problems: [{ location: "line 14, Ntry[3]/Amt (Amt)" }] });
    await expectFailure(importBankStatement(t.db, actorFor(org, "clerk"), { bankAccountId, fileName: "empty.xml", content: file() }), "STATEMENT_UNREADABLE");
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a file of other accounts or another currency, naming them; imports ours and names the others in a warning", async () => {
    const before = await snapshot();
    const theirs = statement("OTHER-1", 0n, [line(1_00n, "2026-09-01")], { from: "2026-09-01", to: "2026-09-30" }, { iban: "GB82WEST12345698765432" });
    const error = await expectFailure(importBankStatement(t.db, actorFor(org, "clerk"), { bankAccountId, fileName: "theirs.xml", content: file(theirs) }), "STATEMENT_ACCOUNT_MISMATCH");
    expect(error.message).toBe("theirs.xml holds no statement of this bank account (DE89370400440532013000): statement OTHER-1 (account GB82WEST12345698765432). Nothing was imported.");
    const dollars = statement("USD-1", 0n, [line(1_00n, "2026-09-01", { currency: "USD" })], { from: "2026-09-01", to: "2026-09-30" }, { currency: "USD" });
    await expectFailure(importBankStatement(t.db, actorFor(org, "clerk"), { bankAccountId, fileName: "usd.xml", content: file(dollars) }), "STATEMENT_ACCOUNT_MISMATCH");
    const foreignLine = statement("EUR-2", 0n, [line(1_00n, "2026-09-01", { currency: "CHF", location: { line: 7 } })], { from: "2026-09-01", to: "2026-09-30" });
    const named = await expectFailure(importBankStatement(t.db, actorFor(org, "clerk"), { bankAccountId, fileName: "chf.xml", content: file(foreignLine) }), "STATEMENT_ACCOUNT_MISMATCH");
    expect(named.message).toBe("line 7: Statement EUR-2 (DE89370400440532013000): a line of 1.00 CHF on 2026-09-01 is not in the account's currency EUR. The bank account is in EUR. Nothing was imported.");
    expect(await snapshot()).toEqual(before);
    const ours = statement("2026-09", 1_305_00n, [line(7_00n, "2026-09-02", { bankReference: "SEP-1" })], { from: "2026-09-01", to: "2026-09-30" }, { iban: "de89 3704 0044 0532 0130 00" });
    const mixed = await importBankStatement(t.db, actorFor(org, "clerk"), { bankAccountId, fileName: "mixed.xml", content: file(theirs, ours) });
    expect(mixed.state.result).toMatchObject({ statementsImported: 1, linesNew: 1 });
    expect(mixed.warnings).toEqual([{ code: "STATEMENT_FOR_OTHER_ACCOUNT", message: "Not imported, being for other accounts: statement OTHER-1 (account GB82WEST12345698765432)." }]);
  });

  it("refuses an unknown bank account or profile, a viewer, and content that is not base64", async () => {
    await expectFailure(importBankStatement(t.db, actorFor(org, "clerk"), { bankAccountId: "00000000-0000-4000-8000-000000000000", fileName: "x.xml", content: juneFile }), "BANK_ACCOUNT_NOT_FOUND");
    await expectFailure(importBankStatement(t.db, actorFor(org, "clerk"), { bankAccountId, fileName: "x.csv", content: juneFile, profileId: "00000000-0000-4000-8000-000000000000" }), "CSV_PROFILE_NOT_FOUND");
    await expectFailure(importBankStatement(t.db, actorFor(org, "viewer"), { bankAccountId, fileName: "x.xml", content: juneFile }), "NOT_PERMITTED");
    const other = await createTestOrganization(t.db, ["clerk"], "Other");
    await expectFailure(importBankStatement(t.db, actorFor(other, "clerk"), { bankAccountId, fileName: "x.xml", content: juneFile }), "BANK_ACCOUNT_NOT_FOUND");
    const error = await importBankStatement(t.db, actorFor(org, "clerk"), { bankAccountId, fileName: "x.xml", content: "not base64!" }).catch((e: unknown) => e);
    expect((error as { issues: { path: string[] }[] }).issues.map((i) => i.path.join("."))).toEqual(["content"]);
  });

  it("replays a retry with the same key; the same key for another file is refused", async () => {
    const content = file(statement("2026-10", 1_312_00n, [line(9_00n, "2026-10-02", { bankReference: "OCT-1" })], { from: "2026-10-01", to: "2026-10-31" }));
    const first = await importBankStatement(t.db, actorFor(org, "clerk"), { bankAccountId, fileName: "oct.xml", content }, { idempotencyKey: "import-oct" });
    const before = await snapshot();
    const retry = await importBankStatement(t.db, actorFor(org, "clerk"), { bankAccountId, fileName: "oct.xml", content }, { idempotencyKey: "import-oct" });
    expect(retry.replayed).toBe(true);
    expect(retry.state).toEqual(first.state);
    expect(await snapshot()).toEqual(before);
    await expectFailure(importBankStatement(t.db, actorFor(org, "clerk"), { bankAccountId, fileName: "oct.xml", content: juneFile }, { idempotencyKey: "import-oct" }), "IDEMPOTENCY_KEY_REUSED");
  });

  it("two imports of the same file at once: the unique identity decides, no line twice, the other reports duplicates", async () => {
    const lines = Array.from({ length: 300 }, (_, i) => line(BigInt(i + 1), "2026-11-02", { counterpartyName: `Customer ${i % 7}`, remittanceInformation: "Same text" }));
    const content = file(statement("2026-11", 1_321_00n, lines, { from: "2026-11-01", to: "2026-11-30" }));
    const before = await lineCount();
    const results = await Promise.all([
      importBankStatement(t.db, actorFor(org, "clerk"), { bankAccountId, fileName: "nov.xml", content }),
      importBankStatement(t.db, actorFor(org, "admin"), { bankAccountId, fileName: "nov.xml", content }),
    ]);
    expect(results.map((r) => [r.state.result?.linesNew, r.state.result?.linesDuplicate]).sort()).toEqual([[0, 300], [300, 0]]);
    expect(await lineCount()).toBe(before + 300);
  });

  it("the database refuses an allocation above the line's amount or of the other sign", async () => {
    const [row] = (await listStatementLines(t.db, actorFor(org, "viewer"), { bankAccountId, limit: 1 })).items;
    if (!row) throw new Error("no line");
    const sign = row.amountMinor > 0n ? 1n : -1n;
    await expect(t.db.prisma.bankStatementLine.update({ where: { id: row.id }, data: { allocatedMinor: row.amountMinor + sign } })).rejects.toThrow(/bank_statement_line_allocation/);
    await expect(t.db.prisma.bankStatementLine.update({ where: { id: row.id }, data: { allocatedMinor: -sign } })).rejects.toThrow(/bank_statement_line_allocation/);
    await t.db.prisma.bankStatementLine.update({ where: { id: row.id }, data: { allocatedMinor: row.amountMinor } });
  });
});

describe("statements.lines", () => {
  it("filters by status and booking dates and pages by cursor", async () => {
    const june = await listStatementLines(t.db, actorFor(org, "viewer"), { bankAccountId, from: "2026-06-01", to: "2026-06-30", status: ["unreconciled"], limit: 2 });
    expect(june.items).toHaveLength(2);
    expect(june.nextCursor).toBe(june.items[1]?.id);
    const rest = await listStatementLines(t.db, actorFor(org, "viewer"), { bankAccountId, from: "2026-06-01", to: "2026-06-30", status: ["unreconciled"], limit: 10, cursor: june.nextCursor ?? undefined });
    expect(rest.items.map((l) => l.bookingDate.toISOString().slice(0, 10)).every((d) => d >= "2026-06-01" && d <= "2026-06-30")).toBe(true);
    expect(new Set([...june.items, ...rest.items].map((l) => l.id)).size).toBe(5);
    expect((await listStatementLines(t.db, actorFor(org, "viewer"), { bankAccountId, status: ["matched", "excluded"] })).items).toEqual([]);
    await expectFailure(listStatementLines(t.db, actorFor(org, "viewer"), { bankAccountId: "00000000-0000-4000-8000-000000000000" }), "BANK_ACCOUNT_NOT_FOUND");
  });
});

describe("a large file, imported by the background job", () => {
  const big = (n: number, prefix: string, number: string) =>
    file(
      statement(
        `BIG-${prefix}`,
        0n,
        Array.from({ length: n }, (_, i) => line(BigInt((i % 997) + 1) * (i % 3 === 0 ? -1n : 1n), `2027-01-${String((i % 28) + 1).padStart(2, "0")}`, { bankReference: `${prefix}-${i}`, counterpartyName: `Party ${i % 50}` })),
        { from: "2027-01-01", to: "2027-01-31" },
        { iban: null, number },
      ),
    );

  it("queues 20,000 lines, then stores them all in one transaction with progress; a retry and a second run change nothing", { timeout: 180_000 }, async () => {
    const account = (await createBankAccount(t.db, actorFor(org, "controller"), { code: "1020", currency: "EUR", accountNumber: "BIG-20K", bankName: "Big Bank" })).state.id;
    const accountFile = big(20_000, "A", "BIG-20K");
    const queued = await importBankStatement(t.db, actorFor(org, "clerk"), { bankAccountId: account, fileName: "big.xml", content: accountFile }, { idempotencyKey: "big-import-1" });
    expect(queued.state).toMatchObject({ status: "queued", background: true, linesTotal: 0, linesProcessed: 0, result: null });
    expect(queued.triggered).toEqual(["scheduled the background import"]);
    expect(queued.message).toBe("big.xml is large: it is read, checked and imported in the background (follow its progress).");
    const jobs = (await t.db.read.jobs.pending("import-bank-statement")).filter((j) => (j.payload as { importId: string }).importId === queued.state.id);
    expect(jobs).toHaveLength(1);
    expect(await lineCount(account)).toBe(0);

    const progress: number[] = [];
    const poll = setInterval(() => {
      void getStatementImport(t.db, actorFor(org, "viewer"), { importId: queued.state.id }).then((s) => progress.push(s.linesProcessed));
    }, 50);
    const started = performance.now();
    const done = await runStatementImportJob(t.db, { organizationId: org.organizationId, importId: queued.state.id }, readTestFile).finally(() => clearInterval(poll));
    const seconds = (performance.now() - started) / 1000;
    console.log(`background import of 20,000 lines: ${seconds.toFixed(2)} s (${Math.round(20_000 / seconds)} lines/s)`);
    expect(done).toBe(`import ${queued.state.id}: 20000 new lines, 0 duplicates`);
    expect(await lineCount(account)).toBe(20_000);
    expect(progress.some((p) => p > 0 && p < 20_000)).toBe(true);
    const status = await getStatementImport(t.db, actorFor(org, "viewer"), { importId: queued.state.id });
    expect(status).toMatchObject({ status: "succeeded", linesProcessed: 20_000, result: { statementsImported: 1, linesNew: 20_000, linesDuplicate: 0 } });
    expect(await t.db.read.bank.pendingFile(queued.state.id)).toBeNull();

    expect(await runStatementImportJob(t.db, { organizationId: org.organizationId, importId: queued.state.id }, readTestFile)).toBe(`import ${queued.state.id} already succeeded`);
    const retry = await importBankStatement(t.db, actorFor(org, "clerk"), { bankAccountId: account, fileName: "big.xml", content: accountFile }, { idempotencyKey: "big-import-1" });
    expect(retry).toMatchObject({ replayed: true, state: { id: queued.state.id } });
    expect(await lineCount(account)).toBe(20_000);

    // The same file twice at once, by two jobs: the unique identity decides.
    const [a, b] = await Promise.all([
      importBankStatement(t.db, actorFor(org, "clerk"), { bankAccountId: account, fileName: "big-again.xml", content: accountFile }),
      importBankStatement(t.db, actorFor(org, "admin"), { bankAccountId: account, fileName: "big-again.xml", content: accountFile }),
    ]);
    await Promise.all([a, b].map((q) => runStatementImportJob(t.db, { organizationId: org.organizationId, importId: q.state.id }, readTestFile)));
    const ends = await Promise.all([a, b].map((q) => getStatementImport(t.db, actorFor(org, "viewer"), { importId: q.state.id })));
    expect(ends.map((e) => [e.status, e.result?.linesNew, e.result?.linesDuplicate])).toEqual([["succeeded", 0, 20_000], ["succeeded", 0, 20_000]]);
    expect(await lineCount(account)).toBe(20_000);
  });

  it("two different large files imported at once by two jobs: no line twice where they overlap", { timeout: 180_000 }, async () => {
    const account = (await createBankAccount(t.db, actorFor(org, "controller"), { code: "1021", currency: "EUR", accountNumber: "BIG-PAR", bankName: "Big Bank" })).state.id;
    const make = (from: number, to: number) =>
      file(statement(`PAR-${from}`, 0n, Array.from({ length: to - from }, (_, k) => line(BigInt(from + k + 1), "2027-02-01", { bankReference: `P-${from + k}` })), { from: "2027-02-01", to: "2027-02-28" }, { iban: null, number: "BIG-PAR" }));
    const [a, b] = await Promise.all([
      importBankStatement(t.db, actorFor(org, "clerk"), { bankAccountId: account, fileName: "a.xml", content: make(0, 12_000) }),
      importBankStatement(t.db, actorFor(org, "clerk"), { bankAccountId: account, fileName: "b.xml", content: make(6_000, 18_000) }),
    ]);
    expect([a.state.background, b.state.background]).toEqual([true, true]);
    const outcomes = await Promise.allSettled([a, b].map((q) => runStatementImportJob(t.db, { organizationId: org.organizationId, importId: q.state.id }, readTestFile)));
    // A deadlock between the two is retried by the transaction; a job that still fails is retried by the worker.
    for (const [i, o] of outcomes.entries()) if (o.status === "rejected") await runStatementImportJob(t.db, { organizationId: org.organizationId, importId: [a, b][i]?.state.id ?? "" }, readTestFile);
    const ends = await Promise.all([a, b].map((q) => getStatementImport(t.db, actorFor(org, "viewer"), { importId: q.state.id })));
    expect(ends.map((e) => e.status)).toEqual(["succeeded", "succeeded"]);
    expect(ends.reduce((n, e) => n + (e.result?.linesNew ?? 0), 0)).toBe(18_000);
    expect(ends.reduce((n, e) => n + (e.result?.linesDuplicate ?? 0), 0)).toBe(6_000);
    expect(await lineCount(account)).toBe(18_000);
  });

  it("a large file that does not add up ends the job failed, naming why, with nothing imported; the job does not run again", { timeout: 120_000 }, async () => {
    const account = (await createBankAccount(t.db, actorFor(org, "controller"), { code: "1022", currency: "EUR", accountNumber: "BIG-BAD", bankName: "Big Bank" })).state.id;
    const lines = Array.from({ length: 12_000 }, (_, i) => line(BigInt(i + 1), "2027-03-01", { bankReference: `B-${i}` }));
    const bad = file(statement("BAD-1", 0n, lines, { from: "2027-03-01", to: "2027-03-31" }, { iban: null, number: "BIG-BAD" }, 1n));
    const queued = await importBankStatement(t.db, actorFor(org, "clerk"), { bankAccountId: account, fileName: "bad-big.xml", content: bad });
    expect(queued.state.status).toBe("queued");
    expect(await runStatementImportJob(t.db, { organizationId: org.organizationId, importId: queued.state.id }, readTestFile)).toBe(`import ${queued.state.id} failed: STATEMENT_BALANCE_MISMATCH`);
    const status = await getStatementImport(t.db, actorFor(org, "viewer"), { importId: queued.state.id });
    expect(status).toMatchObject({ status: "failed", result: null, failure: { code: "STATEMENT_BALANCE_MISMATCH" } });
    expect(status.failure?.message).toMatch(/^Statement BAD-1 \(BIG-BAD\): opening balance 0\.00 EUR .* but the closing balance is 0\.01 EUR/);
    expect(await lineCount(account)).toBe(0);
    expect(await t.db.read.bank.pendingFile(queued.state.id)).toBeNull();
    expect(await runStatementImportJob(t.db, { organizationId: org.organizationId, importId: queued.state.id }, readTestFile)).toBe(`import ${queued.state.id} already failed`);
  });
});

describe("camt.053 files through readStatementFile", () => {
  const fixture = (name: string) => readFileSync(path.join(fixtures, name)).toString("base64");
  let camtOrg: TestOrganization;
  let eur: string;
  let other: string;

  beforeAll(async () => {
    camtOrg = await createTestOrganization(t.db, ["controller", "clerk"], "Camt Org");
    eur = (await createBankAccount(t.db, actorFor(camtOrg, "controller"), { code: "1010", currency: "EUR", iban, bankName: "Commerzbank" })).state.id;
    other = (await createBankAccount(t.db, actorFor(camtOrg, "controller"), { code: "1011", currency: "EUR", accountNumber: "0012345678", bankName: "Other bank" })).state.id;
  });

  it("imports a file of several accounts' statements: ours, the others named; a second import adds nothing", async () => {
    const result = await realImport(t.db, actorFor(camtOrg, "clerk"), { bankAccountId: eur, fileName: "v02-two-accounts.xml", content: fixture("v02-two-accounts.xml") });
    expect(result.state.status).toBe("succeeded");
    expect(result.state.result?.statementsImported).toBeGreaterThanOrEqual(1);
    expect(result.state.result?.linesNew).toBeGreaterThan(0);
    expect(result.warnings.map((w) => w.code)).toContain("STATEMENT_FOR_OTHER_ACCOUNT");
    expect(result.warnings.find((w) => w.code === "STATEMENT_FOR_OTHER_ACCOUNT")?.message).toMatch(/CB-CHF-2026-06 \(account CH9300762011623852957\)/);
    const again = await realImport(t.db, actorFor(camtOrg, "clerk"), { bankAccountId: eur, fileName: "v02-two-accounts.xml", content: fixture("v02-two-accounts.xml") });
    expect(again.state.result).toMatchObject({ statementsImported: 0, linesNew: 0, linesDuplicate: result.state.result?.linesNew });
  });

  it("imports batched entries as one line per transaction", async () => {
    const result = await realImport(t.db, actorFor(camtOrg, "clerk"), { bankAccountId: other, fileName: "v04-batched.xml", content: fixture("v04-batched.xml") });
    expect(result.state.result?.linesNew).toBeGreaterThan(2);
    const lines = await listStatementLines(t.db, actorFor(camtOrg, "clerk"), { bankAccountId: other });
    expect(new Set(lines.items.map((l) => l.lineIdentity)).size).toBe(lines.items.length);
  });

  it.each([
    ["wrong-closing-balance.xml", "STATEMENT_BALANCE_MISMATCH"],
    ["truncated.xml", "STATEMENT_UNREADABLE"],
    ["too-many-decimals.xml", "STATEMENT_UNREADABLE"],
    ["bad-date.xml", "STATEMENT_UNREADABLE"],
    ["no-statement.xml", "STATEMENT_UNREADABLE"],
  ])("refuses %s with %s, naming where, and imports nothing", async (name, code) => {
    const before = await t.db.prisma.bankStatementLine.count({ where: { organizationId: camtOrg.organizationId } });
    const error = await expectFailure(realImport(t.db, actorFor(camtOrg, "clerk"), { bankAccountId: eur, fileName: name, content: fixture(name) }), code);
    expect(error.message).toMatch(/line \d+|Stmt|Ntry|no statement|holds no/i);
    expect(await t.db.prisma.bankStatementLine.count({ where: { organizationId: camtOrg.organizationId } })).toBe(before);
  });
});
