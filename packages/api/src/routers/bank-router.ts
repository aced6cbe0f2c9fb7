import { createBankAccount, getBankAccount, getStatementImport, importBankStatement, listBankAccounts, listStatementLines, updateBankAccount } from "@closebook/core";
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
} satisfies TRPCRouterRecord;
