import { createCounterparty, createCounterpartyInput, listCounterparties, listCounterpartiesInput } from "@closebook/core";
import type { TRPCRouterRecord } from "@trpc/server";
import { counterpartyOutcomeSchema, counterpartyPageSchema } from "../schemas/counterparty-schemas";
import { idempotencyKey, organizationProcedure } from "../trpc";

export const counterpartiesRouter = {
  list: organizationProcedure
    .input(listCounterpartiesInput.optional())
    .output(counterpartyPageSchema)
    .query(({ ctx, input }) => listCounterparties(ctx.db, ctx.actor, input ?? {})),
  create: organizationProcedure
    .input(createCounterpartyInput.extend({ idempotencyKey }))
    .output(counterpartyOutcomeSchema)
    .mutation(({ ctx, input: { idempotencyKey: key, ...input } }) => createCounterparty(ctx.db, ctx.actor, input, { idempotencyKey: key })),
} satisfies TRPCRouterRecord;
