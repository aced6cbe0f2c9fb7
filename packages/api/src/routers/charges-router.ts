import {
  createCharge,
  createChargeInput,
  discardDraftCharge,
  getCharge,
  issueCharge,
  issueChargeInput,
  issueCreditNote,
  listCharges,
  listChargesInput,
  recordChargePayment,
  recordChargePaymentInput,
  updateDraftCharge,
  voidCharge,
  voidChargeInput,
} from "@closebook/core";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { chargeDetailSchema, chargeOutcomeSchema, chargePageSchema, chargePaymentOutcomeSchema } from "../schemas/charge-schemas";
import { mutation, organizationProcedure, useCaseMutation } from "../trpc";

export const chargesRouter = {
  list: organizationProcedure
    .input(listChargesInput.optional())
    .output(chargePageSchema)
    .query(({ ctx, input }) => listCharges(ctx.db, ctx.actor, input ?? {})),
  byId: organizationProcedure
    .input(z.object({ chargeId: z.string().uuid() }))
    .output(chargeDetailSchema)
    .query(({ ctx, input }) => getCharge(ctx.db, ctx.actor, input.chargeId)),
  create: useCaseMutation(createChargeInput, chargeOutcomeSchema, createCharge),
  issue: useCaseMutation(issueChargeInput, chargeOutcomeSchema, issueCharge),
  recordPayment: useCaseMutation(recordChargePaymentInput, chargePaymentOutcomeSchema, recordChargePayment),
  void: useCaseMutation(voidChargeInput, chargeOutcomeSchema, voidCharge),
  updateDraft: mutation(updateDraftCharge),
  discardDraft: mutation(discardDraftCharge),
  issueCreditNote: mutation(issueCreditNote),
} satisfies TRPCRouterRecord;
