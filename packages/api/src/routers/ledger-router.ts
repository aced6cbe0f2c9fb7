import { getAccountLedger, getJournalEntry, listJournalEntries, postManualJournalEntry, reverseJournalEntry } from "@closebook/core";
import type { TRPCRouterRecord } from "@trpc/server";
import { mutation, query } from "../trpc";

export const ledgerRouter = {
  entries: query(listJournalEntries),
  entry: query(getJournalEntry),
  accountLedger: query(getAccountLedger),
  postEntry: mutation(postManualJournalEntry),
  reverseEntry: mutation(reverseJournalEntry),
} satisfies TRPCRouterRecord;
