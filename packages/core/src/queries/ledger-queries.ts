import type { AccountLedgerLine, AccountRecord, Database, JournalEntryRecord } from "@closebook/db";
import { entrySources } from "../domain/enums";
import { z } from "zod";
import { calendarDate, entityId, maxStoredMinor, parseInput } from "../fields";
import { failuresOf } from "../errors";
import { authorize } from "../policies/permissions";
import type { Actor } from "../shared/actor";
import { pageInput, pageOf, type Page } from "../shared/pagination";

export const listJournalEntriesInput = z.object({
  source: z.enum(entrySources).optional(),
  accountId: entityId().optional(),
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  ...pageInput,
});

export async function listJournalEntries(db: Database, actor: Actor, raw: z.input<typeof listJournalEntriesInput> = {}): Promise<Page<JournalEntryRecord>> {
  authorize(actor, "ledger.read");
  const input = parseInput(listJournalEntriesInput, raw);
  return pageOf(await db.read.ledger.listEntries({ organizationId: actor.organizationId, ...input }), input.limit);
}

const { fail } = failuresOf(["ENTRY_NOT_FOUND", "ACCOUNT_NOT_FOUND"]);

export async function getJournalEntry(db: Database, actor: Actor, entryId: string): Promise<JournalEntryRecord> {
  authorize(actor, "ledger.read");
  return (await db.read.ledger.findEntry(actor.organizationId, entryId)) ?? fail("ENTRY_NOT_FOUND", "No such journal entry in this organization.");
}

export const accountLedgerInput = z.object({
  accountId: entityId(),
  limit: z.number().int().min(1).max(500).default(100),
  /** The `sequence` of the last line of the previous page. */
  beforeSequence: z.bigint().min(0n).max(maxStoredMinor).optional(),
});

export interface AccountLedger {
  account: AccountRecord;
  lines: (AccountLedgerLine & { sequence: bigint })[];
  nextBeforeSequence: bigint | null;
}

/** An account's lines, newest first, with the running balance after each. */
export async function getAccountLedger(db: Database, actor: Actor, raw: z.input<typeof accountLedgerInput>): Promise<AccountLedger> {
  authorize(actor, "ledger.read");
  const input = parseInput(accountLedgerInput, raw);
  const account = await db.read.accounts.findById(actor.organizationId, input.accountId);
  if (!account) return fail("ACCOUNT_NOT_FOUND", "No such account in this organization.");
  const lines = await db.read.ledger.accountLedger(actor.organizationId, account.id, input.limit, input.beforeSequence);
  return { account, lines, nextBeforeSequence: lines.length === input.limit ? (lines[lines.length - 1]?.sequence ?? null) : null };
}
