import { createAccount, createAccountInput, listAccounts, listAccountsInput } from "@closebook/core";
import type { TRPCRouterRecord } from "@trpc/server";
import { accountListSchema, accountOutcomeSchema } from "../schemas/account-schemas";
import { organizationProcedure, useCaseMutation } from "../trpc";

export const accountsRouter = {
  list: organizationProcedure
    .input(listAccountsInput.optional())
    .output(accountListSchema)
    .query(({ ctx, input }) => listAccounts(ctx.db, ctx.actor, input ?? {})),

  create: useCaseMutation(createAccountInput, accountOutcomeSchema, createAccount),
} satisfies TRPCRouterRecord;
