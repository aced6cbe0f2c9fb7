import {
  accountLedgerInput,
  getAccountLedger,
  getJournalEntry,
  listJournalEntries,
  listJournalEntriesInput,
  postManualJournalEntry,
  postManualJournalEntryInput,
  reverseJournalEntry,
  reverseJournalEntryInput,
} from "@closebook/core";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { accountLedgerSchema, journalEntryOutcomeSchema, journalEntryPageSchema, journalEntrySchema } from "../schemas/ledger-schemas";
import { organizationProcedure, useCaseMutation } from "../trpc";

export const ledgerRouter = {
  entries: organizationProcedure
    .input(listJournalEntriesInput.optional())
    .output(journalEntryPageSchema)
    .query(({ ctx, input }) => listJournalEntries(ctx.db, ctx.actor, input ?? {})),
  entry: organizationProcedure
    .input(z.object({ entryId: z.string().uuid() }))
    .output(journalEntrySchema)
    .query(({ ctx, input }) => getJournalEntry(ctx.db, ctx.actor, input.entryId)),
  accountLedger: organizationProcedure
    .input(accountLedgerInput)
    .output(accountLedgerSchema)
    .query(({ ctx, input }) => getAccountLedger(ctx.db, ctx.actor, input)),
  postEntry: useCaseMutation(postManualJournalEntryInput, journalEntryOutcomeSchema, postManualJournalEntry),
  reverseEntry: useCaseMutation(reverseJournalEntryInput, journalEntryOutcomeSchema, reverseJournalEntry),
} satisfies TRPCRouterRecord;
