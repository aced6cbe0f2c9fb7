import { createBankAccount, getBankAccount, getStatementImport, importBankStatement, listBankAccounts, listCsvImportProfiles, listStatementLines, previewCsvImport, saveCsvImportProfile, updateBankAccount } from "@closebook/core";
import type { TRPCRouterRecord } from "@trpc/server";
import { mutation, query } from "../trpc";

export const bankAccountsRouter = {
  list: query(listBankAccounts),
  get: query(getBankAccount),
  create: mutation(createBankAccount),
  update: mutation(updateBankAccount),
} satisfies TRPCRouterRecord;

export const statementsRouter = {
  /** A statement file (base64) into a bank account; a large one continues in the background. */
  import: mutation(importBankStatement),
  /** A bank account's statement lines, paged, filtered by status and booking date. */
  lines: query(listStatementLines),
  /** Poll while a large file imports in the background. */
  importStatus: query(getStatementImport),
  /** The saved CSV import profiles (a bank account's own and the shared ones). */
  csvProfiles: query(listCsvImportProfiles),
  /** Create or change how a bank's CSV export is read. */
  saveCsvProfile: mutation(saveCsvImportProfile),
  /** The first rows of a CSV file as a profile reads them, and the file's proposals for a new profile. */
  previewCsv: query(previewCsvImport),
} satisfies TRPCRouterRecord;
