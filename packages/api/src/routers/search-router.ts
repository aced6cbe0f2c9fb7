import { search } from "@closebook/core";
import type { TRPCRouterRecord } from "@trpc/server";
import { query } from "../trpc";

export const searchRouter = {
  /** One search over charges, movements, counterparties and journal entries, ranked. */
  find: query(search),
} satisfies TRPCRouterRecord;
