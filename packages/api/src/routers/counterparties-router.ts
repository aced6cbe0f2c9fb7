import { createCounterparty, getCounterparty, listCounterparties, updateCounterparty } from "@closebook/core";
import type { TRPCRouterRecord } from "@trpc/server";
import { mutation, query } from "../trpc";

export const counterpartiesRouter = {
  list: query(listCounterparties),
  create: mutation(createCounterparty),
  byId: query(getCounterparty),
  update: mutation(updateCounterparty),
} satisfies TRPCRouterRecord;
