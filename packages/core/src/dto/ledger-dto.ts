/** The response DTOs of the ledger: journal entries and their lines, declared once. */
import type { JournalEntryRecord, JournalLineRecord } from "@closebook/db";
import { z } from "zod";
import { entrySources } from "../domain/enums";
import { wire } from "../fields";
import type { Expect, Same } from "../shared/type-check";

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

type _Checks = [Expect<Same<z.infer<typeof journalLineSchema>, JournalLineRecord>>, Expect<Same<z.infer<typeof journalEntrySchema>, JournalEntryRecord>>];
