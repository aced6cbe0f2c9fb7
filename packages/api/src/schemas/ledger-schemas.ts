import type { AccountLedger, Outcome, Page } from "@closebook/core";
import type { JournalEntryRecord, JournalLineRecord } from "@closebook/db";
import { z } from "zod";
import { accountSchema } from "./account-schemas";
import { outcomeSchema } from "./outcome-schema";
import { pageSchema } from "./page-schema";
import type { Expect, Same } from "./type-check";

export const journalLineSchema = z.object({
  id: z.string(),
  lineNo: z.number(),
  accountId: z.string(),
  accountCode: z.string(),
  accountName: z.string(),
  currency: z.string(),
  debitMinor: z.bigint(),
  creditMinor: z.bigint(),
  /** Optional in `JournalLineRecord` (inherited from `NewJournalLine`); always present on a read line. */
  memo: z.string().nullable().optional(),
});

export const journalEntrySchema = z.object({
  id: z.string(),
  organizationId: z.string(),
  number: z.string(),
  fiscalYear: z.number(),
  effectiveDate: z.date(),
  memo: z.string(),
  source: z.enum(["manual", "charge_issued", "charge_payment", "charge_void", "movement", "reversal"]),
  sourceId: z.string().nullable(),
  reversesEntryId: z.string().nullable(),
  reversedByEntryId: z.string().nullable(),
  reversedByNumber: z.string().nullable(),
  postedBy: z.string(),
  postedAt: z.date(),
  lines: z.array(journalLineSchema),
});

export const journalEntryPageSchema = pageSchema(journalEntrySchema);
export const journalEntryOutcomeSchema = outcomeSchema(journalEntrySchema);

export const accountLedgerLineSchema = z.object({
  entryId: z.string(),
  entryNumber: z.string(),
  effectiveDate: z.date(),
  memo: z.string(),
  debitMinor: z.bigint(),
  creditMinor: z.bigint(),
  runningBalanceMinor: z.bigint(),
  sequence: z.bigint(),
});

export const accountLedgerSchema = z.object({
  account: accountSchema,
  lines: z.array(accountLedgerLineSchema),
  nextBeforeSequence: z.bigint().nullable(),
});

type _Checks = [
  Expect<Same<z.infer<typeof journalLineSchema>, JournalLineRecord>>,
  Expect<Same<z.infer<typeof journalEntrySchema>, JournalEntryRecord>>,
  Expect<Same<z.infer<typeof journalEntryPageSchema>, Page<JournalEntryRecord>>>,
  Expect<Same<z.infer<typeof journalEntryOutcomeSchema>, Outcome<JournalEntryRecord>>>,
  Expect<Same<z.infer<typeof accountLedgerLineSchema>, AccountLedger["lines"][number]>>,
  Expect<Same<z.infer<typeof accountLedgerSchema>, AccountLedger>>,
];
