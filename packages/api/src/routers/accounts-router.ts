import { createAccount, createAccountInput, listAccounts, listAccountsInput } from "@closebook/core";
import type { TRPCRouterRecord } from "@trpc/server";
import { accountListSchema, accountOutcomeSchema } from "../schemas/account-schemas";
import { idempotencyKey, organizationProcedure } from "../trpc";

export const accountsRouter = {
  list: organizationProcedure
    .input(listAccountsInput.optional())
    .output(accountListSchema)
    .query(({ ctx, input }) => listAccounts(ctx.db, ctx.actor, input ?? {})),

  create: organizationProcedure
    .input(createAccountInput.extend({ idempotencyKey }))
    .output(accountOutcomeSchema)
    .mutation(({ ctx, input: { idempotencyKey: key, ...input } }) => createAccount(ctx.db, ctx.actor, input, { idempotencyKey: key })),
} satisfies TRPCRouterRecord;
