import { availableBalanceInput, createAccount, createAccountInput, getAvailableBalance, listAccounts } from "@closebook/core";
import type { TRPCRouterRecord } from "@trpc/server";
import { accountOutcomeSchema, availableBalanceSchema } from "../schemas/account-schemas";
import { organizationProcedure, query, useCaseMutation } from "../trpc";

export const accountsRouter = {
  list: query(listAccounts),

  /** Balance less movements awaiting approval: what the movement request form shows while typing. */
  availableBalance: organizationProcedure
    .input(availableBalanceInput)
    .output(availableBalanceSchema)
    .query(({ ctx, input }) => getAvailableBalance(ctx.db, ctx.actor, input)),

  create: useCaseMutation(createAccountInput, accountOutcomeSchema, createAccount),
} satisfies TRPCRouterRecord;
