/** The response DTOs of the ledger (journal entries, an account's lines), declared once. */
import type { AccountLedgerLine, AccountRecord, JournalEntryRecord, JournalLineRecord } from "@closebook/db";
import { z } from "zod";
import { entrySources } from "../domain/enums";
import { wire } from "../fields";
import type { Page } from "../shared/pagination";
import type { Expect, Same } from "../shared/type-check";
import { allowedActionsSchema, pageSchema, type ActionVerdict } from "../shared/wire-schemas";
import { accountSchema } from "./account-dto";

/** An entry with whether the caller can reverse it now (by the rule reverse-journal-entry checks). */
export type JournalEntryView = JournalEntryRecord & { allowedActions: { reverse: ActionVerdict } };

export interface AccountLedger {
  account: AccountRecord;
  lines: (AccountLedgerLine & { sequence: bigint })[];
  nextBeforeSequence: bigint | null;
}

export const journalLineSchema = z.object({
  id: wire.text(),
  lineNo: z.number(),
  accountId: wire.text(),
  accountCode: wire.text(),
  accountName: wire.text(),
  currency: wire.text(),
  debitMinor: wire.money(),
  creditMinor: wire.money(),
  /** Optional in `JournalLineRecord` (inherited from `NewJournalLine`); always present on a read line. */
  memo: wire.text().nullable().optional(),
});

export const journalEntrySchema = z.object({
  id: wire.text(),
  organizationId: wire.text(),
  number: wire.text(),
  fiscalYear: z.number(),
  effectiveDate: wire.date(),
  memo: wire.text(),
  source: z.enum(entrySources),
  sourceId: wire.text().nullable(),
  reversesEntryId: wire.text().nullable(),
  reversedByEntryId: wire.text().nullable(),
  reversedByNumber: wire.text().nullable(),
  postedBy: wire.text(),
  postedAt: wire.date(),
  lines: z.array(journalLineSchema),
});

export const journalEntryActionsSchema = allowedActionsSchema(["reverse"]);

/** An entry as the journal and its detail page show it: with whether the caller can reverse it now. */
export const journalEntryViewSchema = journalEntrySchema.extend({ allowedActions: journalEntryActionsSchema });
export const journalEntryPageSchema = pageSchema(journalEntryViewSchema);

export const accountLedgerLineSchema = z.object({
  entryId: wire.text(),
  entryNumber: wire.text(),
  effectiveDate: wire.date(),
  memo: wire.text(),
  debitMinor: wire.money(),
  creditMinor: wire.money(),
  runningBalanceMinor: wire.money(),
  sequence: wire.money(),
});

export const accountLedgerSchema = z.object({
  account: accountSchema,
  lines: z.array(accountLedgerLineSchema),
  nextBeforeSequence: wire.money().nullable(),
});

type _Checks = [
  Expect<Same<z.infer<typeof journalLineSchema>, JournalLineRecord>>,
  Expect<Same<z.infer<typeof journalEntrySchema>, JournalEntryRecord>>,
  Expect<Same<z.infer<typeof journalEntryViewSchema>, JournalEntryView>>,
  Expect<Same<z.infer<typeof journalEntryPageSchema>, Page<JournalEntryView>>>,
  Expect<Same<z.infer<typeof accountLedgerLineSchema>, AccountLedger["lines"][number]>>,
  Expect<Same<z.infer<typeof accountLedgerSchema>, AccountLedger>>,
];
