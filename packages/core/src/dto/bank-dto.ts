/** The response DTOs of bank accounts, statement lines and statement imports, declared once. */
import type { BankAccountRecord, BankAccountSummaryRecord, BankStatementLineRecord } from "@closebook/db";
import { z } from "zod";
import { bankStatementImportStatuses, bankStatementLineStatuses, statementFormats } from "../domain/enums";
import { wire } from "../fields";
import type { Page } from "../shared/pagination";
import type { Expect, Same } from "../shared/type-check";
import { allowedActionsSchema, pageSchema, warningSchema, type ActionVerdict } from "../shared/wire-schemas";
import type { StatementImportResult } from "../bank-statements/statement-import";
import { csvDateFormats, csvDelimiters, csvEncodings, csvImportProfileSchema, type CsvImportProfile } from "../bank-statements/formats/csv-profile";
import type { CsvSniff } from "../bank-statements/formats/csv";
import type { StatementFormatProblem } from "../bank-statements/parsed-statement";

export const bankAccountSchema = z.object({
  id: wire.text(),
  organizationId: wire.text(),
  ledgerAccountId: wire.text(),
  iban: wire.text().nullable(),
  accountNumber: wire.text().nullable(),
  bic: wire.text().nullable(),
  bankName: wire.text(),
  ownerUserId: wire.text().nullable(),
  createdAt: wire.date(),
  updatedAt: wire.date(),
});

/** What the caller may do with a bank account now. */
export interface BankAccountActions {
  update: ActionVerdict;
  importStatement: ActionVerdict;
}

/** A bank account with its ledger account, its last statement and what is left to reconcile. */
export interface BankAccountView extends BankAccountSummaryRecord {
  allowedActions: BankAccountActions;
}

export const bankAccountViewSchema = bankAccountSchema.extend({
  ledgerCode: wire.text(),
  ledgerName: wire.text(),
  currency: wire.text(),
  ledgerBalanceMinor: wire.money(),
  lastStatementDate: wire.date().nullable(),
  lastClosingMinor: wire.money().nullable(),
  unreconciledCount: z.number().int(),
  allowedActions: allowedActionsSchema(["update", "importStatement"]),
});
export const bankAccountListSchema = z.array(bankAccountViewSchema);

export const statementLineSchema = z.object({
  id: wire.text(),
  organizationId: wire.text(),
  statementId: wire.text(),
  bankAccountId: wire.text(),
  position: z.number().int(),
  lineIdentity: wire.text(),
  occurrence: z.number().int(),
  bookingDate: wire.date(),
  valueDate: wire.date().nullable(),
  amountMinor: wire.money(),
  currency: wire.text(),
  bankReference: wire.text().nullable(),
  endToEndId: wire.text().nullable(),
  counterpartyName: wire.text().nullable(),
  counterpartyAccount: wire.text().nullable(),
  remittanceInformation: wire.text().nullable(),
  structuredReference: wire.text().nullable(),
  additionalInformation: wire.text().nullable(),
  bankTransactionCode: wire.text().nullable(),
  allocatedMinor: wire.money(),
  status: z.enum(bankStatementLineStatuses),
  exclusionReason: wire.text().nullable(),
  excludedBy: wire.text().nullable(),
  excludedAt: wire.date().nullable(),
  createdAt: wire.date(),
});
export const statementLinePageSchema = pageSchema(statementLineSchema);

export const statementImportResultSchema = z.object({
  statements: z.array(
    z.object({
      statementId: wire.text().nullable(),
      bankStatementId: wire.text().nullable(),
      fromDate: wire.text().nullable(),
      toDate: wire.text().nullable(),
      linesNew: z.number().int(),
      linesDuplicate: z.number().int(),
    }),
  ),
  statementsImported: z.number().int(),
  statementsSkipped: z.number().int(),
  linesNew: z.number().int(),
  linesDuplicate: z.number().int(),
  warnings: z.array(warningSchema),
});

/** Why a background import failed (nothing was imported). */
export interface StatementImportFailure {
  code: string;
  message: string;
}

/** A statement import: its progress while it runs and its result once it ends. */
export interface StatementImportView {
  id: string;
  bankAccountId: string;
  fileName: string;
  fileHash: string;
  status: (typeof bankStatementImportStatuses)[number];
  /** Whether it runs in the background (poll `statements.importStatus`). */
  background: boolean;
  linesTotal: number;
  linesProcessed: number;
  result: StatementImportResult | null;
  failure: StatementImportFailure | null;
  createdAt: Date;
  finishedAt: Date | null;
}

export const statementImportSchema = z.object({
  id: wire.text(),
  bankAccountId: wire.text(),
  fileName: wire.text(),
  fileHash: wire.text(),
  status: z.enum(bankStatementImportStatuses),
  background: z.boolean(),
  linesTotal: z.number().int(),
  linesProcessed: z.number().int(),
  result: statementImportResultSchema.nullable(),
  failure: z.object({ code: wire.text(), message: wire.text() }).nullable(),
  createdAt: wire.date(),
  finishedAt: wire.date().nullable(),
});

type _Checks = [
  Expect<Same<z.infer<typeof bankAccountSchema>, BankAccountRecord>>,
  Expect<Same<z.infer<typeof bankAccountViewSchema>, BankAccountView>>,
  Expect<Same<z.infer<typeof statementLineSchema>, BankStatementLineRecord>>,
  Expect<Same<z.infer<typeof statementLinePageSchema>, Page<BankStatementLineRecord>>>,
  Expect<Same<z.infer<typeof statementImportResultSchema>, StatementImportResult>>,
  Expect<Same<z.infer<typeof statementImportSchema>, StatementImportView>>,
];

/** A saved CSV import profile: how one bank's CSV export is read (its settings as core's schema reads them). */
export interface CsvImportProfileView {
  id: string;
  name: string;
  /** The bank account it belongs to, or null when any bank account of the organization may use it. */
  bankAccountId: string | null;
  profile: CsvImportProfile;
  updatedAt: Date;
}

export const csvImportProfileViewSchema = z.object({
  id: wire.text(),
  name: wire.text(),
  bankAccountId: wire.text().nullable(),
  profile: csvImportProfileSchema,
  updatedAt: wire.date(),
});

export const csvImportProfileListSchema = z.array(csvImportProfileViewSchema);

type _ProfileChecks = [Expect<Same<z.output<typeof csvImportProfileViewSchema>, CsvImportProfileView>>];

const formatProblemSchema = z.object({
  location: z.object({ line: z.number().int().optional(), element: wire.text().optional(), field: wire.text().optional() }),
  message: wire.text(),
});

/** One preview row: the raw cells and the line as it will be read, or the cells' problems. */
export interface CsvPreviewRowView {
  line: number;
  cells: string[];
  read: {
    bookingDate: string;
    valueDate: string | null;
    amountMinor: bigint;
    currency: string;
    counterpartyName: string | null;
    counterpartyAccount: string | null;
    remittanceInformation: string | null;
    bankReference: string | null;
  } | null;
  problems: StatementFormatProblem[];
}

/** The first rows of a CSV file as a profile reads them, and the file's own proposals for a new profile. */
export interface CsvPreviewView {
  /** The file's format as the import will recognize it from its content; the preview and proposals matter only for `csv`. */
  format: (typeof statementFormats)[number];
  /** The rows as the given profile reads them; null when no profile was given (only the proposals). */
  preview: {
    ok: boolean;
    header: string[] | null;
    totalRows: number;
    rows: CsvPreviewRowView[];
    /** Problems that make the whole file unreadable with this profile (no rows then). */
    problems: StatementFormatProblem[];
  } | null;
  /** What the file itself suggests for a new profile. */
  sniff: CsvSniff;
}

export const csvPreviewSchema = z.object({
  format: z.enum(statementFormats),
  preview: z.object({
  ok: z.boolean(),
  header: z.array(z.string()).nullable(),
  totalRows: z.number().int(),
  rows: z.array(
    z.object({
      line: z.number().int(),
      cells: z.array(z.string()),
      read: z
        .object({
          bookingDate: wire.text(),
          valueDate: wire.text().nullable(),
          amountMinor: wire.money(),
          currency: wire.text(),
          counterpartyName: wire.text().nullable(),
          counterpartyAccount: wire.text().nullable(),
          remittanceInformation: wire.text().nullable(),
          bankReference: wire.text().nullable(),
        })
        .nullable(),
      problems: z.array(formatProblemSchema),
    }),
  ),
  problems: z.array(formatProblemSchema),
  }).nullable(),
  sniff: z.object({
    encoding: z.enum(csvEncodings),
    delimiter: z.enum(csvDelimiters),
    skipRows: z.number().int(),
    hasHeaderRow: z.boolean(),
    firstRow: z.array(z.string()),
    decimalSeparator: z.enum([",", "."]).nullable(),
    dateFormat: z.enum(csvDateFormats).nullable(),
  }),
});

type _PreviewChecks = [Expect<Same<z.output<typeof csvPreviewSchema>, CsvPreviewView>>];
