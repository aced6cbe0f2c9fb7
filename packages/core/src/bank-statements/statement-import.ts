/**
 * The rules of importing read statements into a bank account: which statements belong to it,
 * whether their balances add up, how each line is identified, and (in `storeStatements`) what
 * is new, what was imported before, and where the balances leave a gap. Readers only read; the
 * repositories only persist what this decides.
 */
import type { NewBankStatementLine, Repositories } from "@closebook/db";
import { failuresOf } from "../errors";
import { formatMinor } from "../money";
import type { Warning } from "../shared/outcome";
import { normalizeAccountIdentifier } from "./bank-values";
import { csvImportProfileSchema } from "./formats/csv-profile";
import { lineIdentities } from "./line-identity";
import type { ReadStatementOptions } from "./read-statement-file";
import { checkStatementBalances } from "./statement-checks";
import { describeLocation, type ParsedStatement, type StatementFormat, type StatementFormatProblem, type StatementReadResult } from "./parsed-statement";

/** What an import can fail with once the file has been read. */
export const statementImportFailures = ["STATEMENT_UNREADABLE", "STATEMENT_ACCOUNT_MISMATCH", "STATEMENT_BALANCE_MISMATCH"] as const;
const { fail } = failuresOf(statementImportFailures);

/**
 * Above this size (about 5,000 lines of camt.053, more of CSV), a file is read, checked and
 * stored by a background job with progress instead of in the call: reading 100k lines takes
 * longer than a request's transaction may run.
 */
export const backgroundImportBytes = 2 * 1024 * 1024;
/** Lines per INSERT of a stored import. */
export const importBatchSize = 2_000;

/** The bank account a file is imported into, as the rules need it. */
export interface ImportTarget {
  bankAccountId: string;
  iban: string | null;
  accountNumber: string | null;
  /** The currency of its ledger account. */
  currency: string;
}

export interface PlannedStatement {
  statement: ParsedStatement;
  currency: string;
  lines: NewBankStatementLine[];
}

export interface StatementImportPlan {
  statements: PlannedStatement[];
  warnings: Warning[];
  linesTotal: number;
}

/** A statement as the outcome reports it. */
export interface ImportedStatementSummary {
  /** Our id of the stored statement; null when every line of it had been imported before. */
  statementId: string | null;
  bankStatementId: string | null;
  fromDate: string | null;
  toDate: string | null;
  linesNew: number;
  linesDuplicate: number;
}

/** What an import did: per statement, and in total, with every warning. */
export interface StatementImportResult {
  statements: ImportedStatementSummary[];
  statementsImported: number;
  statementsSkipped: number;
  linesNew: number;
  linesDuplicate: number;
  warnings: Warning[];
}

/** The file's problems, the first ones named, as one failure that imports nothing. */
export function failUnreadable(fileName: string, problems: readonly StatementFormatProblem[]): never {
  const shown = problems.slice(0, 5).map((p) => `${describeLocation(p.location)}: ${p.message}`);
  const more = problems.length > shown.length ? ` (and ${problems.length - shown.length} more)` : "";
  return fail("STATEMENT_UNREADABLE", `${fileName} cannot be imported: ${shown.join("; ")}${more}. Nothing was imported.`, {
    field: "content",
    problems: problems.slice(0, 50).map((p) => ({ location: describeLocation(p.location), message: p.message })),
  });
}

function statementName(statement: ParsedStatement, index: number): string {
  return statement.statementId ? `statement ${statement.statementId}` : `statement ${index + 1} of the file`;
}

function accountOf(statement: ParsedStatement): string | null {
  return normalizeAccountIdentifier(statement.account.iban) ?? normalizeAccountIdentifier(statement.account.number);
}

/** Whether the statement names the bank account (by IBAN or number); a statement naming none (CSV) is the caller's choice. */
export function statementNamesAccount(target: ImportTarget, statement: ParsedStatement): boolean {
  const iban = normalizeAccountIdentifier(statement.account.iban);
  const number = normalizeAccountIdentifier(statement.account.number);
  if (!iban && !number) return true;
  if (iban && (iban === target.iban || iban === target.accountNumber)) return true;
  if (number && (number === target.accountNumber || number === target.iban)) return true;
  return false;
}

/**
 * Decides what of a read file goes into the bank account: the statements naming it (the others
 * are left out, each named in a warning; none at all is a failure), each in the account's
 * currency (else a failure naming the line) and adding up (`checkStatementBalances`; else a
 * failure naming the figures and the closing balance's place),
 * with every line's identity.
 */
export async function planStatementImport(target: ImportTarget, fileName: string, statements: readonly ParsedStatement[], readWarnings: readonly StatementFormatProblem[]): Promise<StatementImportPlan> {
  if (statements.length === 0) fail("STATEMENT_UNREADABLE", `${fileName} holds no statement. Nothing was imported.`, { field: "content" });
  const warnings: Warning[] = readWarnings.map((w) => ({ code: "STATEMENT_READ_WARNING", message: `${describeLocation(w.location)}: ${w.message}` }));
  const ours = statements.filter((s) => statementNamesAccount(target, s));
  const others = statements.flatMap((s, i) => (statementNamesAccount(target, s) ? [] : [`${statementName(s, i)} (account ${accountOf(s) ?? "unnamed"})`]));
  if (ours.length === 0) {
    fail("STATEMENT_ACCOUNT_MISMATCH", `${fileName} holds no statement of this bank account (${target.iban ?? target.accountNumber}): ${others.join(", ")}. Nothing was imported.`, {
      field: "bankAccountId",
      statements: others,
    });
  }
  if (others.length > 0) {
    warnings.push({ code: "STATEMENT_FOR_OTHER_ACCOUNT", message: `Not imported, being for other accounts: ${others.join(", ")}.` });
  }
  const planned: PlannedStatement[] = [];
  for (const statement of ours) {
    const name = statementName(statement, statements.indexOf(statement));
    const stated = statement.account.currency?.toUpperCase() ?? statement.opening?.currency ?? statement.closing?.currency ?? null;
    if (stated && stated !== target.currency) {
      fail("STATEMENT_ACCOUNT_MISMATCH", `${name} is in ${stated}, the bank account in ${target.currency}. Nothing was imported.`, { field: "bankAccountId", statement: name, currency: stated });
    }
    const check = checkStatementBalances(statement);
    const currencyProblem = check.problems.find((p) => p.code === "STATEMENT_CURRENCY_MISMATCH");
    if (currencyProblem) {
      fail("STATEMENT_ACCOUNT_MISMATCH", `${describeLocation(currencyProblem.location)}: ${currencyProblem.message} The bank account is in ${target.currency}. Nothing was imported.`, {
        field: "content",
        location: describeLocation(currencyProblem.location),
      });
    }
    const balanceProblem = check.problems.find((p) => p.code === "STATEMENT_BALANCE_MISMATCH");
    if (balanceProblem) {
      fail("STATEMENT_BALANCE_MISMATCH", `${balanceProblem.message} (${describeLocation(balanceProblem.location)}) Nothing was imported.`, {
        field: "content",
        statement: name,
        location: describeLocation(balanceProblem.location),
        difference: check.figures?.difference.toString() ?? null,
      });
    }
    const identities = await lineIdentities(target.bankAccountId, statement.lines);
    const lines = statement.lines.map((line, i): NewBankStatementLine => {
      const identity = identities[i] ?? { lineIdentity: "", occurrence: 1 };
      return {
        position: i + 1,
        lineIdentity: identity.lineIdentity,
        occurrence: identity.occurrence,
        bookingDate: line.bookingDate,
        valueDate: line.valueDate,
        amountMinor: line.amount,
        currency: target.currency,
        bankReference: line.bankReference,
        endToEndId: line.endToEndId,
        counterpartyName: line.counterpartyName,
        counterpartyAccount: line.counterpartyAccount,
        remittanceInformation: line.remittanceInformation,
        structuredReference: line.structuredReference,
        additionalInformation: line.additionalInformation,
        bankTransactionCode: line.bankTransactionCode,
      };
    });
    planned.push({ statement, currency: target.currency, lines });
  }
  return { statements: planned, warnings, linesTotal: planned.reduce((n, s) => n + s.lines.length, 0) };
}

const asDate = (date: string | null | undefined): Date | null => (date ? new Date(`${date}T00:00:00Z`) : null);
const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

export interface StoreContext {
  organizationId: string;
  bankAccountId: string;
  importId: string;
  importedBy: string;
  fileName: string;
  fileHash: string;
}

/**
 * Stores a planned import in the caller's transaction: each statement and its lines (in batches
 * of `batchSize`; a line the bank account already holds is skipped by the unique constraint,
 * also when a concurrent import holds it), leaving out a statement that brings nothing new, and
 * warning when a statement's opening balance is not the previous statement's closing balance.
 * `onProgress` hears the lines processed after each batch.
 */
export async function storeStatements(
  tx: Repositories,
  context: StoreContext,
  plan: StatementImportPlan,
  options: { batchSize?: number; onProgress?: (linesProcessed: number) => Promise<void> } = {},
): Promise<StatementImportResult> {
  const batchSize = options.batchSize ?? importBatchSize;
  const warnings = [...plan.warnings];
  const summaries: ImportedStatementSummary[] = [];
  let processed = 0;
  for (const { statement, currency, lines } of plan.statements) {
    const stored = await tx.bank.insertStatement({
      organizationId: context.organizationId,
      bankAccountId: context.bankAccountId,
      importId: context.importId,
      bankStatementId: statement.statementId,
      format: statement.format,
      fileName: context.fileName,
      fileHash: context.fileHash,
      currency,
      openingMinor: statement.opening?.amount ?? null,
      openingDate: asDate(statement.opening?.date),
      closingMinor: statement.closing?.amount ?? null,
      closingDate: asDate(statement.closing?.date),
      fromDate: asDate(statement.fromDate),
      toDate: asDate(statement.toDate),
      otherBalances: statement.otherBalances.map((b) => ({ type: b.type, amountMinor: b.amount.toString(), currency: b.currency, date: b.date })),
      lineCount: 0,
      importedBy: context.importedBy,
    });
    let linesNew = 0;
    for (let start = 0; start < lines.length; start += batchSize) {
      const batch = lines.slice(start, start + batchSize);
      linesNew += await tx.bank.insertLines({ organizationId: context.organizationId, bankAccountId: context.bankAccountId, statementId: stored.id }, batch);
      processed += batch.length;
      if (options.onProgress) await options.onProgress(processed);
    }
    const linesDuplicate = lines.length - linesNew;
    const seenBefore =
      linesNew === 0 &&
      (lines.length > 0 || (await tx.bank.findSameStatement(context.bankAccountId, { bankStatementId: stored.bankStatementId, closingDate: stored.closingDate, closingMinor: stored.closingMinor }, stored.id)) !== null);
    const summary = { bankStatementId: statement.statementId, fromDate: statement.fromDate, toDate: statement.toDate, linesNew, linesDuplicate };
    if (seenBefore) {
      await tx.bank.deleteStatement(stored.id);
      summaries.push({ statementId: null, ...summary });
      continue;
    }
    await tx.bank.setStatementLineCount(stored.id, linesNew);
    summaries.push({ statementId: stored.id, ...summary });
    if (stored.openingMinor !== null && stored.openingDate) {
      const previous = await tx.bank.findPreviousStatement(context.bankAccountId, stored.openingDate, stored.id);
      if (previous && previous.closingMinor !== null && previous.closingDate && previous.closingMinor !== stored.openingMinor) {
        const name = statement.statementId ? `Statement ${statement.statementId}` : "The statement";
        const before = previous.bankStatementId ? `statement ${previous.bankStatementId}` : "the previous statement";
        warnings.push({
          code: "STATEMENT_BALANCE_GAP",
          message: `${name} opens with ${formatMinor(stored.openingMinor, currency)} on ${isoDate(stored.openingDate)}, but ${before} closed with ${formatMinor(previous.closingMinor, currency)} on ${isoDate(previous.closingDate)}: a gap of ${formatMinor(stored.openingMinor - previous.closingMinor, currency)} (a statement missing?).`,
        });
      }
    }
  }
  const imported = summaries.filter((s) => s.statementId !== null);
  return {
    statements: summaries,
    statementsImported: imported.length,
    statementsSkipped: summaries.length - imported.length,
    linesNew: summaries.reduce((n, s) => n + s.linesNew, 0),
    linesDuplicate: summaries.reduce((n, s) => n + s.linesDuplicate, 0),
    warnings,
  };
}

/**
 * What a reader is asked: the format when the caller named it and, for a CSV file, the saved
 * import profile (validated again by core's schema: a stored profile is data) with the bank
 * account's currency.
 */
export function statementReadOptions(format: StatementFormat | undefined, storedProfile: unknown, currency: string): ReadStatementOptions {
  if (storedProfile === undefined || storedProfile === null) return { format };
  return { format, csv: { profile: csvImportProfileSchema.parse(storedProfile), currency } };
}

/** A statement file reader (the format-detecting `readStatementFile`). */
export type StatementFileReader = (bytes: Uint8Array, options: ReadStatementOptions) => StatementReadResult | Promise<StatementReadResult>;

/**
 * The format-detecting reader, loaded on first use. Use case and job modules are also imported by
 * the web for their input schemas; a static import here would put every statement reader (XML,
 * CSV, OFX and MT940 parsers) into the back office's pages.
 */
export const readStatementFileOnDemand: StatementFileReader = async (bytes, options) => {
  const { readStatementFile } = await import("./read-statement-file");
  return readStatementFile(bytes, options);
};

/** Reads the file and plans its import into the target; an unreadable file fails naming its problems. */
export async function readAndPlan(target: ImportTarget, fileName: string, bytes: Uint8Array, read: StatementFileReader, options: ReadStatementOptions): Promise<StatementImportPlan> {
  const result = await read(bytes, options);
  if (!result.ok) return failUnreadable(fileName, result.problems);
  return planStatementImport(target, fileName, result.statements, result.warnings);
}
