import { createAccount, createAccountInput, listAccounts, listAccountsInput } from "@closebook/core";
import type { TRPCRouterRecord } from "@trpc/server";
import { idempotencyKey, organizationProcedure } from "../trpc";

export const accountsRouter = {
  list: organizationProcedure.input(listAccountsInput.optional()).query(({ ctx, input }) => listAccounts(ctx.db, ctx.actor, input ?? {})),

  create: organizationProcedure
    .input(createAccountInput.extend({ idempotencyKey }))
    .mutation(({ ctx, input: { idempotencyKey: key, ...input } }) => createAccount(ctx.db, ctx.actor, input, { idempotencyKey: key })),
} satisfies TRPCRouterRecord;
