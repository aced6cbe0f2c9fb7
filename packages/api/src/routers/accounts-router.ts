import { availableBalanceInput, createAccount, createAccountInput, getAvailableBalance, listAccounts, listAccountsInput } from "@closebook/core";
import type { TRPCRouterRecord } from "@trpc/server";
import { accountListSchema, accountOutcomeSchema, availableBalanceSchema } from "../schemas/account-schemas";
import { organizationProcedure, useCaseMutation } from "../trpc";

export const accountsRouter = {
  list: organizationProcedure
    .input(listAccountsInput.optional())
    .output(accountListSchema)
    .query(({ ctx, input }) => listAccounts(ctx.db, ctx.actor, input ?? {})),

  /** Balance less movements awaiting approval: what the movement request form shows while typing. */
  availableBalance: organizationProcedure
    .input(availableBalanceInput)
    .output(availableBalanceSchema)
    .query(({ ctx, input }) => getAvailableBalance(ctx.db, ctx.actor, input)),

  create: useCaseMutation(createAccountInput, accountOutcomeSchema, createAccount),
} satisfies TRPCRouterRecord;
