import type { Database } from "@closebook/db";
import { isDomainError } from "../errors";
import { readAndPlan, readStatementFileOnDemand, statementReadOptions, storeStatements, type StatementFileReader } from "../bank-statements/statement-import";
import { statementFormats } from "../domain/enums";

/** A large import's transaction may run this long (100k lines take well under a minute). */
export const backgroundImportTimeoutMs = 10 * 60_000;

/**
 * Job handler of a large statement import (queued by import-bank-statement with the file): reads
 * and checks the file as the call does for a small one, then stores every statement and line in
 * ONE transaction (all or nothing), in batches, reporting the lines processed after each batch in short transactions of their own
 * so that `statements.importStatus` shows the progress. A redelivered job finds the import
 * ended and does nothing; one interrupted mid-way left nothing behind and starts over.
 */
export async function runStatementImportJob(db: Database, payload: { organizationId: string; importId: string }, read: StatementFileReader = readStatementFileOnDemand): Promise<string> {
  const record = await db.read.bank.findImport(payload.organizationId, payload.importId);
  if (!record) return `import ${payload.importId} not found`;
  if (record.status === "succeeded" || record.status === "failed") return `import ${record.id} already ${record.status}`;
  await db.transaction((tx) => tx.bank.transitionImport(record.id, ["queued", "running"], { status: "running", linesProcessed: 0 }));
  try {
    const [bankAccount, bytes] = await Promise.all([db.read.bank.findBankAccount(record.organizationId, record.bankAccountId), db.read.bank.pendingFile(record.id)]);
    const ledger = bankAccount ? await db.read.accounts.findById(record.organizationId, bankAccount.ledgerAccountId) : null;
    if (!bankAccount || !ledger || !bytes) throw new Error(`import ${record.id}: its bank account or its file is gone`);
    const profile = record.csvProfileId ? await db.read.bank.findCsvProfile(record.organizationId, record.csvProfileId) : null;
    const target = { bankAccountId: bankAccount.id, iban: bankAccount.iban, accountNumber: bankAccount.accountNumber, currency: ledger.currency };
    const plan = await readAndPlan(target, record.fileName, bytes, read, statementReadOptions(statementFormats.find((f) => f === record.format), profile?.profile, ledger.currency));
    await db.transaction((tx) => tx.bank.transitionImport(record.id, ["running"], { status: "running", linesTotal: plan.linesTotal, linesProcessed: 0 }));
    const result = await db.transaction(
      async (tx) => {
        const stored = await storeStatements(
          tx,
          { organizationId: record.organizationId, bankAccountId: record.bankAccountId, importId: record.id, importedBy: record.requestedBy, fileName: record.fileName, fileHash: record.fileHash },
          plan,
          { onProgress: (processed) => db.transaction((progress) => progress.bank.setImportProgress(record.id, processed)) },
        );
        const finished = await tx.bank.transitionImport(record.id, ["running"], {
          status: "succeeded",
          linesTotal: plan.linesTotal,
          linesProcessed: plan.linesTotal,
          outcome: JSON.parse(JSON.stringify(stored)) as object,
          finished: true,
          dropFile: true,
        });
        if (!finished) throw new Error(`import ${record.id} changed status while it ran`);
        await tx.audit.record({
          organizationId: record.organizationId,
          actorUserId: record.requestedBy,
          action: "bank_statement.imported",
          entityType: "bank_statement_import",
          entityId: record.id,
          before: null,
          after: { fileName: record.fileName, statementsImported: stored.statementsImported, linesNew: stored.linesNew, linesDuplicate: stored.linesDuplicate },
          requestId: record.requestId,
        });
        return stored;
      },
      { timeoutMs: backgroundImportTimeoutMs },
    );
    return `import ${record.id}: ${result.linesNew} new lines, ${result.linesDuplicate} duplicates`;
  } catch (error) {
    // A bad file (a typed refusal) cannot succeed on a retry: the import fails for good, naming why; anything
    // else (a lost connection) is thrown for the worker to retry, the import still running.
    if (!isDomainError(error)) throw error;
    await db.transaction((tx) =>
      tx.bank.transitionImport(record.id, ["running"], { status: "failed", failure: { code: error.code, message: error.message }, finished: true, dropFile: true }),
    );
    return `import ${record.id} failed: ${error.code}`;
  }
}
