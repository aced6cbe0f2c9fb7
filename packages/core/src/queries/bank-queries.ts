import type { BankStatementImportRecord, CsvImportProfileRecord, Database } from "@closebook/db";
import { z } from "zod";
import { csvImportProfileSchema } from "../bank-statements/formats/csv-profile";
import { bankStatementLineStatuses } from "../domain/enums";
import {
  bankAccountListSchema,
  bankAccountViewSchema,
  csvImportProfileListSchema,
  statementImportResultSchema,
  statementImportSchema,
  statementLinePageSchema,
  type BankAccountView,
  type CsvImportProfileView,
  type StatementImportView,
} from "../dto/bank-dto";
import { failuresOf } from "../errors";
import { calendarDate, entityId } from "../fields";
import { bankAccountActions } from "../policies/bank-account-actions";
import type { Actor } from "../shared/actor";
import { defineQuery } from "../shared/define-use-case";
import { pageInput, pageOf } from "../shared/pagination";

const { fail } = failuresOf(["BANK_ACCOUNT_NOT_FOUND", "STATEMENT_IMPORT_NOT_FOUND"]);

async function bankAccountViews(db: Database, actor: Actor, id?: string): Promise<BankAccountView[]> {
  const rows = await db.read.bank.listBankAccounts(actor.organizationId, id);
  const actions = bankAccountActions(actor);
  return rows.map((row) => ({ ...row, allowedActions: actions }));
}

/** The organization's bank accounts with their last statement and the lines left to reconcile. */
export const listBankAccounts = defineQuery({
  name: "list-bank-accounts",
  permission: "bankAccounts.read",
  input: z.object({}),
  output: bankAccountListSchema,
  run: ({ db, actor }) => bankAccountViews(db, actor),
});

export const getBankAccountInput = z.object({ bankAccountId: entityId() });

/** One bank account, as listed. */
export const getBankAccount = defineQuery({
  name: "get-bank-account",
  permission: "bankAccounts.read",
  input: getBankAccountInput,
  output: bankAccountViewSchema,
  async run({ db, actor }, input) {
    const [view] = await bankAccountViews(db, actor, input.bankAccountId);
    return view ?? fail("BANK_ACCOUNT_NOT_FOUND", "No such bank account in this organization.", { field: "bankAccountId" });
  },
});

export const listStatementLinesInput = z.object({
  bankAccountId: entityId(),
  statementId: entityId().optional(),
  status: z.array(z.enum(bankStatementLineStatuses)).max(3).optional(),
  /** Booked on or after. */
  from: calendarDate.optional(),
  /** Booked on or before. */
  to: calendarDate.optional(),
  ...pageInput,
});

/** A bank account's statement lines, newest booking first, filtered by status and booking dates. */
export const listStatementLines = defineQuery({
  name: "list-statement-lines",
  permission: "statements.read",
  input: listStatementLinesInput,
  output: statementLinePageSchema,
  async run({ db, actor }, input) {
    const account = await db.read.bank.findBankAccount(actor.organizationId, input.bankAccountId);
    if (!account) return fail("BANK_ACCOUNT_NOT_FOUND", "No such bank account in this organization.", { field: "bankAccountId" });
    const rows = await db.read.bank.listLines({
      organizationId: actor.organizationId,
      bankAccountId: account.id,
      statementId: input.statementId,
      statuses: input.status,
      from: input.from,
      to: input.to,
      limit: input.limit,
      cursor: input.cursor,
    });
    return pageOf(rows, input.limit);
  },
});

/** The view of an import record: its stored result parsed again by its schema. */
export function statementImportView(record: BankStatementImportRecord): StatementImportView {
  const result = record.outcome === null ? null : statementImportResultSchema.parse(record.outcome);
  const failure = record.failure === null ? null : z.object({ code: z.string(), message: z.string() }).parse(record.failure);
  return {
    id: record.id,
    bankAccountId: record.bankAccountId,
    fileName: record.fileName,
    fileHash: record.fileHash,
    status: record.status,
    background: record.background,
    linesTotal: record.linesTotal,
    linesProcessed: record.linesProcessed,
    result,
    failure,
    createdAt: record.createdAt,
    finishedAt: record.finishedAt,
  };
}

export const getStatementImportInput = z.object({ importId: entityId() });

/** A statement import's status and progress (poll it while a large file imports) and its outcome. */
export const getStatementImport = defineQuery({
  name: "get-statement-import",
  permission: "statements.read",
  input: getStatementImportInput,
  output: statementImportSchema,
  async run({ db, actor }, input) {
    const record = await db.read.bank.findImport(actor.organizationId, input.importId);
    return record ? statementImportView(record) : fail("STATEMENT_IMPORT_NOT_FOUND", "No such statement import in this organization.", { field: "importId" });
  },
});

/** A stored profile as the client sees it: its settings read again by core's schema (a stored row is data). */
export function csvImportProfileView(record: CsvImportProfileRecord): CsvImportProfileView {
  return { id: record.id, name: record.name, bankAccountId: record.bankAccountId, profile: csvImportProfileSchema.parse(record.profile), updatedAt: record.updatedAt };
}

export const listCsvImportProfilesInput = z.object({ bankAccountId: entityId().optional() });

/** The organization's saved CSV import profiles; with a bank account, its own and the shared ones. */
export const listCsvImportProfiles = defineQuery({
  name: "list-csv-import-profiles",
  permission: "statements.read",
  input: listCsvImportProfilesInput,
  output: csvImportProfileListSchema,
  async run({ db, actor }, input) {
    const rows = await db.read.bank.listCsvProfiles(actor.organizationId, input.bankAccountId);
    return rows.map(csvImportProfileView);
  },
});
