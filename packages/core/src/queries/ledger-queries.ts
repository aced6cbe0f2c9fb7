import type { JournalEntryRecord } from "@closebook/db";
import { z } from "zod";
import { entrySources } from "../domain/enums";
import { accountLedgerSchema, journalEntryPageSchema, journalEntryViewSchema, type AccountLedger, type JournalEntryView } from "../dto/ledger-dto";
import { failuresOf } from "../errors";
import { calendarDate, entityId, maxStoredMinor } from "../fields";
import { verdict } from "../policies/refusal";
import { reverseJournalEntryRefusal } from "../policies/journal-entry-actions";
import type { Actor } from "../shared/actor";
import { defineQuery } from "../shared/define-use-case";
import { pageInput, pageOf } from "../shared/pagination";

export function journalEntryView(actor: Actor, entry: JournalEntryRecord): JournalEntryView {
  return { ...entry, allowedActions: { reverse: verdict(reverseJournalEntryRefusal(actor, entry)) } };
}

export const listJournalEntriesInput = z.object({
  source: z.enum(entrySources).optional(),
  accountId: entityId().optional(),
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  ...pageInput,
});

export const listJournalEntries = defineQuery({
  name: "list-journal-entries",
  permission: "ledger.read",
  input: listJournalEntriesInput,
  output: journalEntryPageSchema,
  async run({ db, actor }, input) {
    const page = pageOf(await db.read.ledger.listEntries({ organizationId: actor.organizationId, ...input }), input.limit);
    return { ...page, items: page.items.map((entry) => journalEntryView(actor, entry)) };
  },
});

const { fail } = failuresOf(["ENTRY_NOT_FOUND", "ACCOUNT_NOT_FOUND"]);

export const getJournalEntryInput = z.object({ entryId: entityId() });

export const getJournalEntry = defineQuery({
  name: "get-journal-entry",
  permission: "ledger.read",
  input: getJournalEntryInput,
  output: journalEntryViewSchema,
  async run({ db, actor }, { entryId }) {
    const entry = await db.read.ledger.findEntry(actor.organizationId, entryId);
    return entry ? journalEntryView(actor, entry) : fail("ENTRY_NOT_FOUND", "No such journal entry in this organization.");
  },
});

export const accountLedgerInput = z.object({
  accountId: entityId(),
  limit: z.number().int().min(1).max(500).default(100),
  /** The `sequence` of the last line of the previous page. */
  beforeSequence: z.bigint().min(0n).max(maxStoredMinor).optional(),
});

/** An account's lines, newest first, with the running balance after each. */
export const getAccountLedger = defineQuery({
  name: "get-account-ledger",
  permission: "ledger.read",
  input: accountLedgerInput,
  output: accountLedgerSchema,
  async run({ db, actor }, input): Promise<AccountLedger> {
    const account = await db.read.accounts.findById(actor.organizationId, input.accountId);
    if (!account) return fail("ACCOUNT_NOT_FOUND", "No such account in this organization.");
    const lines = await db.read.ledger.accountLedger(actor.organizationId, account.id, input.limit, input.beforeSequence);
    return { account, lines, nextBeforeSequence: lines.length === input.limit ? (lines[lines.length - 1]?.sequence ?? null) : null };
  },
});
