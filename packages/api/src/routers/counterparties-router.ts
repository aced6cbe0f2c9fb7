import { createCounterparty, listCounterparties } from "@closebook/core";
import type { TRPCRouterRecord } from "@trpc/server";
import { mutation, query } from "../trpc";

export const counterpartiesRouter = {
  list: query(listCounterparties),
  create: mutation(createCounterparty),
} satisfies TRPCRouterRecord;
