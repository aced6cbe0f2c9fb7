import { createAccount, getAvailableBalance, listAccounts } from "@closebook/core";
import type { TRPCRouterRecord } from "@trpc/server";
import { mutation, query } from "../trpc";

export const accountsRouter = {
  list: query(listAccounts),
  /** Balance less movements awaiting approval: what the movement request form shows while typing. */
  availableBalance: query(getAvailableBalance),
  create: mutation(createAccount),
} satisfies TRPCRouterRecord;
