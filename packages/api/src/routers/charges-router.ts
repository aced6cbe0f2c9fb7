import { createCharge, discardDraftCharge, getCharge, issueCharge, issueCreditNote, listCharges, recordChargePayment, updateDraftCharge, voidCharge } from "@closebook/core";
import type { TRPCRouterRecord } from "@trpc/server";
import { mutation, query } from "../trpc";

export const chargesRouter = {
  list: query(listCharges),
  byId: query(getCharge),
  create: mutation(createCharge),
  issue: mutation(issueCharge),
  recordPayment: mutation(recordChargePayment),
  void: mutation(voidCharge),
  updateDraft: mutation(updateDraftCharge),
  discardDraft: mutation(discardDraftCharge),
  issueCreditNote: mutation(issueCreditNote),
} satisfies TRPCRouterRecord;
