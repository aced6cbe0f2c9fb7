import { wire } from "@closebook/core";
import { entrySources } from "@closebook/core";
import type { AccountLedger, Outcome, Page } from "@closebook/core";
import type { JournalEntryRecord, JournalLineRecord } from "@closebook/db";
import { z } from "zod";
import { accountSchema } from "./account-schemas";
import { outcomeSchema } from "./outcome-schema";
import { pageSchema } from "./page-schema";
import type { Expect, Same } from "./type-check";

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

export const journalEntryPageSchema = pageSchema(journalEntrySchema);
export const journalEntryOutcomeSchema = outcomeSchema(journalEntrySchema);

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
  Expect<Same<z.infer<typeof journalEntryPageSchema>, Page<JournalEntryRecord>>>,
  Expect<Same<z.infer<typeof journalEntryOutcomeSchema>, Outcome<JournalEntryRecord>>>,
  Expect<Same<z.infer<typeof accountLedgerLineSchema>, AccountLedger["lines"][number]>>,
  Expect<Same<z.infer<typeof accountLedgerSchema>, AccountLedger>>,
];
