import { z } from "zod";
import { calendarDate, entityId, text } from "../fields";
import { failuresOf } from "../errors";
import { postEntry, postingFailures } from "../ledger/post-entry";
import { today } from "../shared/dates";
import { outcome } from "../shared/outcome";
import { mutationFailures } from "../shared/run-mutation";
import { defineUseCase } from "../shared/define-use-case";
import { reverseJournalEntryRefusal } from "../policies/journal-entry-actions";
import { journalEntrySchema } from "../dto/ledger-dto";

export const reverseJournalEntryInput = z.object({
  entryId: entityId(),
  reason: text({ min: 3, max: 500, message: "Say why the entry is reversed.", multiline: true }),
  /** Date of the reversal (default today); it must fall in an open period. */
  effectiveDate: calendarDate.optional(),
});
export type ReverseJournalEntryInput = z.input<typeof reverseJournalEntryInput>;

export const reverseJournalEntryFailures = failuresOf([
  ...mutationFailures,
  "ENTRY_NOT_FOUND",
  "ENTRY_ALREADY_REVERSED",
  "ENTRY_NOT_REVERSIBLE",
  ...postingFailures,
]);
const { fail } = reverseJournalEntryFailures;

/**
 * Corrects a posted manual entry by posting its mirror image (debits and credits swapped), linked
 * to it. Entries that charges and movements posted are corrected through those workflows
 * (void-charge), so their documents and the ledger never disagree.
 */
export const reverseJournalEntry = defineUseCase({
  name: "reverse-journal-entry",
  permission: "ledger.reverse",
  input: reverseJournalEntryInput,
  failures: reverseJournalEntryFailures,
  state: journalEntrySchema,
  async run({ tx, actor }, input) {
    const original = await tx.ledger.findEntryForReversal(actor.organizationId, input.entryId);
    if (!original) return fail("ENTRY_NOT_FOUND", "No such journal entry in this organization.", { field: "entryId" });
    const refusal = reverseJournalEntryRefusal(actor, original);
    if (refusal) fail(refusal.code, refusal.reason);
    const posted = await postEntry(tx, actor, {
      effectiveDate: input.effectiveDate ?? today(),
      memo: `Reversal of ${original.number}: ${input.reason}`,
      source: "reversal",
      sourceId: original.id,
      reversesEntryId: original.id,
      lines: original.lines.map((line) => ({ accountId: line.accountId, debitMinor: line.creditMinor, creditMinor: line.debitMinor, memo: line.memo })),
    }, reverseJournalEntryFailures);
    const entry = await tx.ledger.findEntry(actor.organizationId, posted.id);
    if (!entry) return fail("ENTRY_NOT_FOUND", "The reversal could not be read back.");
    return outcome(entry, `Reversed ${original.number} with ${entry.number}.`, { triggered: [`posted ${entry.number}`], warnings: posted.warnings });
  },
});
