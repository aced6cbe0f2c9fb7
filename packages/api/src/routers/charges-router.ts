import {
  createCharge,
  createChargeInput,
  getCharge,
  issueCharge,
  issueChargeInput,
  listCharges,
  listChargesInput,
  recordChargePayment,
  recordChargePaymentInput,
  voidCharge,
  voidChargeInput,
} from "@closebook/core";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { chargeDetailSchema, chargeOutcomeSchema, chargePageSchema, chargePaymentOutcomeSchema } from "../schemas/charge-schemas";
import { idempotencyKey, organizationProcedure } from "../trpc";

export const chargesRouter = {
  list: organizationProcedure
    .input(listChargesInput.optional())
    .output(chargePageSchema)
    .query(({ ctx, input }) => listCharges(ctx.db, ctx.actor, input ?? {})),
  byId: organizationProcedure
    .input(z.object({ chargeId: z.string().uuid() }))
    .output(chargeDetailSchema)
    .query(({ ctx, input }) => getCharge(ctx.db, ctx.actor, input.chargeId)),
  create: organizationProcedure
    .input(createChargeInput.extend({ idempotencyKey }))
    .output(chargeOutcomeSchema)
    .mutation(({ ctx, input: { idempotencyKey: key, ...input } }) => createCharge(ctx.db, ctx.actor, input, { idempotencyKey: key })),
  issue: organizationProcedure
    .input(issueChargeInput.extend({ idempotencyKey }))
    .output(chargeOutcomeSchema)
    .mutation(({ ctx, input: { idempotencyKey: key, ...input } }) => issueCharge(ctx.db, ctx.actor, input, { idempotencyKey: key })),
  recordPayment: organizationProcedure
    .input(recordChargePaymentInput.extend({ idempotencyKey }))
    .output(chargePaymentOutcomeSchema)
    .mutation(({ ctx, input: { idempotencyKey: key, ...input } }) => recordChargePayment(ctx.db, ctx.actor, input, { idempotencyKey: key })),
  void: organizationProcedure
    .input(voidChargeInput.extend({ idempotencyKey }))
    .output(chargeOutcomeSchema)
    .mutation(({ ctx, input: { idempotencyKey: key, ...input } }) => voidCharge(ctx.db, ctx.actor, input, { idempotencyKey: key })),
} satisfies TRPCRouterRecord;
