import { createCounterparty, createCounterpartyInput, listCounterparties, listCounterpartiesInput } from "@closebook/core";
import type { TRPCRouterRecord } from "@trpc/server";
import { idempotencyKey, organizationProcedure } from "../trpc";

export const counterpartiesRouter = {
  list: organizationProcedure.input(listCounterpartiesInput.optional()).query(({ ctx, input }) => listCounterparties(ctx.db, ctx.actor, input ?? {})),
  create: organizationProcedure
    .input(createCounterpartyInput.extend({ idempotencyKey }))
    .mutation(({ ctx, input: { idempotencyKey: key, ...input } }) => createCounterparty(ctx.db, ctx.actor, input, { idempotencyKey: key })),
} satisfies TRPCRouterRecord;
