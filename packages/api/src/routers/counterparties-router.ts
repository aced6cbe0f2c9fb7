import { createCounterparty, createCounterpartyInput, getCounterparty, listCounterparties, listCounterpartiesInput, updateCounterparty } from "@closebook/core";
import type { TRPCRouterRecord } from "@trpc/server";
import { counterpartyOutcomeSchema, counterpartyPageSchema } from "../schemas/counterparty-schemas";
import { mutation, organizationProcedure, query, useCaseMutation } from "../trpc";

export const counterpartiesRouter = {
  list: organizationProcedure
    .input(listCounterpartiesInput.optional())
    .output(counterpartyPageSchema)
    .query(({ ctx, input }) => listCounterparties(ctx.db, ctx.actor, input ?? {})),
  create: useCaseMutation(createCounterpartyInput, counterpartyOutcomeSchema, createCounterparty),
  byId: query(getCounterparty),
  update: mutation(updateCounterparty),
} satisfies TRPCRouterRecord;
