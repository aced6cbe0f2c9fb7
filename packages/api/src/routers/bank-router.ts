import { createBankAccount, getBankAccount, getStatementImport, listBankAccounts, listStatementLines, updateBankAccount } from "@closebook/core";
import type { TRPCRouterRecord } from "@trpc/server";
import { mutation, query } from "../trpc";

export const bankAccountsRouter = {
  list: query(listBankAccounts),
  get: query(getBankAccount),
  create: mutation(createBankAccount),
  update: mutation(updateBankAccount),
} satisfies TRPCRouterRecord;

export const statementsRouter = {
  /** A bank account's statement lines, paged, filtered by status and booking date. */
  lines: query(listStatementLines),
  /** Poll while a large file imports in the background. */
  importStatus: query(getStatementImport),
} satisfies TRPCRouterRecord;
