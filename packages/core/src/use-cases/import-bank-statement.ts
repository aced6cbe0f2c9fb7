import { z } from "zod";
import { fileHash } from "../bank-statements/line-identity";
import { backgroundImportBytes, readAndPlan, readStatementFileOnDemand, statementReadOptions, statementImportFailures, storeStatements, type StatementFileReader } from "../bank-statements/statement-import";
import { statementFormats } from "../domain/enums";
import { statementImportSchema } from "../dto/bank-dto";
import { failuresOf } from "../errors";
import { entityId, text } from "../fields";
import { statementImportView } from "../queries/bank-queries";
import { defineUseCase } from "../shared/define-use-case";
import { outcome } from "../shared/outcome";
import { mutationFailures } from "../shared/run-mutation";
import { sideEffects } from "../shared/side-effects";

/** The largest statement file accepted: 64 MiB (100k camt.053 entries of a usual bank fit). */
export const maxStatementFileBytes = 64 * 1024 * 1024;
const maxBase64Length = Math.ceil(maxStatementFileBytes / 3) * 4;

/** The file's bytes, sent as base64. */
const base64Content = z
  .string({ message: "Send the file's content as base64 text." })
  .min(1, "The file is empty.")
  .max(maxBase64Length, `The file is larger than ${maxStatementFileBytes / 1024 / 1024} MiB.`)
  .refine((value) => value.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(value), "The content is not base64.");

export const importBankStatementInput = z.object({
  bankAccountId: entityId(),
  fileName: text({ max: 255, message: "Give the file's name." }),
  content: base64Content,
  /** The format, when the caller knows it; otherwise it is recognized from the content. */
  format: z.enum(statementFormats).optional(),
  /** The saved CSV import profile to read a CSV file with. */
  profileId: entityId().optional(),
});
export type ImportBankStatementInput = z.input<typeof importBankStatementInput>;

export const importBankStatementFailures = failuresOf([...mutationFailures, "BANK_ACCOUNT_NOT_FOUND", "CSV_PROFILE_NOT_FOUND", ...statementImportFailures]);
const { fail } = importBankStatementFailures;

function decodeBase64(value: string): Uint8Array {
  const binary = atob(value);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

/**
 * Imports a bank statement file (camt.053, OFX/QFX, MT940, CSV with a saved profile) into a
 * bank account: every statement must be the account's and add up; lines imported before (by
 * this or an overlapping file) are skipped; a gap after the previous statement is warned about.
 * All or nothing. A file larger than `backgroundImportBytes` is read, checked and stored by a
 * background job (poll `statements.importStatus`; a bad file ends it `failed`, naming why).
 */
export function defineImportBankStatement(read: StatementFileReader) {
  return defineUseCase({
    name: "import-bank-statement",
    permission: "statements.import",
    input: importBankStatementInput,
    failures: importBankStatementFailures,
    state: statementImportSchema,
    async run({ tx, actor }, input) {
      const bankAccount = await tx.bank.findBankAccount(actor.organizationId, input.bankAccountId);
      const ledger = bankAccount ? await tx.accounts.findById(actor.organizationId, bankAccount.ledgerAccountId) : null;
      if (!bankAccount || !ledger) return fail("BANK_ACCOUNT_NOT_FOUND", "No such bank account in this organization.", { field: "bankAccountId" });
      const profile = input.profileId ? await tx.bank.findCsvProfile(actor.organizationId, input.profileId) : null;
      if (input.profileId && !profile) return fail("CSV_PROFILE_NOT_FOUND", "No such CSV import profile in this organization.", { field: "profileId" });
      const bytes = decodeBase64(input.content);
      const background = bytes.length > backgroundImportBytes;
      const newImport = {
        organizationId: actor.organizationId,
        bankAccountId: bankAccount.id,
        requestedBy: actor.userId,
        requestId: actor.requestId,
        fileName: input.fileName,
        fileHash: await fileHash(bytes),
        format: input.format ?? null,
        csvProfileId: profile?.id ?? null,
        background,
      };
      if (background) {
        const record = await tx.bank.insertImport({ ...newImport, status: "queued", linesTotal: 0, pendingFile: bytes });
        const scheduled = await sideEffects(tx, actor).schedule(
          "import-bank-statement",
          { organizationId: actor.organizationId, importId: record.id },
          { runAt: new Date(), jobKey: `statement-import:${record.id}` },
          "scheduled the background import",
        );
        return outcome(statementImportView(record), `${input.fileName} is large: it is read, checked and imported in the background (follow its progress).`, { triggered: [scheduled] });
      }
      const target = { bankAccountId: bankAccount.id, iban: bankAccount.iban, accountNumber: bankAccount.accountNumber, currency: ledger.currency };
      const plan = await readAndPlan(target, input.fileName, bytes, read, statementReadOptions(input.format, profile?.profile, ledger.currency));
      const record = await tx.bank.insertImport({ ...newImport, status: "running", linesTotal: plan.linesTotal, pendingFile: null });
      const effects = sideEffects(tx, actor);
      const result = await storeStatements(
        tx,
        { organizationId: actor.organizationId, bankAccountId: bankAccount.id, importId: record.id, importedBy: actor.userId, fileName: input.fileName, fileHash: record.fileHash },
        plan,
      );
      await tx.bank.transitionImport(record.id, ["running"], {
        status: "succeeded",
        linesProcessed: plan.linesTotal,
        outcome: JSON.parse(JSON.stringify(result)) as object,
        finished: true,
      });
      const stored = await tx.bank.findImport(actor.organizationId, record.id);
      if (!stored) throw new Error(`import ${record.id} vanished in its own transaction`);
      await effects.audit("bank_statement.imported", "bank_statement_import", record.id, null, {
        fileName: input.fileName,
        statementsImported: result.statementsImported,
        linesNew: result.linesNew,
        linesDuplicate: result.linesDuplicate,
      });
      const skipped = result.linesDuplicate > 0 ? `, ${plural(result.linesDuplicate, "line")} already imported` : "";
      return outcome(statementImportView(stored), `Imported ${plural(result.statementsImported, "statement")} from ${input.fileName}: ${plural(result.linesNew, "new line")}${skipped}.`, {
        triggered: ["recorded audit event bank_statement.imported"],
        warnings: result.warnings,
      });
    },
  });
}

/** import-bank-statement with the format-detecting reader of every supported format. */
export const importBankStatement = defineImportBankStatement(readStatementFileOnDemand);
