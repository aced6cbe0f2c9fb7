import { createCharge, getCharge, issueCharge, listCharges, recordChargePayment, voidCharge } from "@closebook/core";
import type { TRPCRouterRecord } from "@trpc/server";
import { mutation, query } from "../trpc";

export const chargesRouter = {
  list: query(listCharges),
  byId: query(getCharge),
  create: mutation(createCharge),
  issue: mutation(issueCharge),
  recordPayment: mutation(recordChargePayment),
  void: mutation(voidCharge),
} satisfies TRPCRouterRecord;
