import { z } from "zod";
import { amountOrZeroMinor, calendarDate, entityId, optionalText, text } from "../fields";
import { failuresOf } from "../errors";
import { postEntry, postingFailures } from "../ledger/post-entry";
import { outcome } from "../shared/outcome";
import { mutationFailures } from "../shared/run-mutation";
import { defineUseCase } from "../shared/define-use-case";
import { journalEntrySchema } from "../dto/ledger-dto";

const amount = amountOrZeroMinor("Amounts cannot be negative.").default(0n);

export const postManualJournalEntryInput = z.object({
  effectiveDate: calendarDate,
  memo: text({ min: 3, max: 500, message: "Explain the entry." }),
  lines: z
    .array(
      z
        .object({
          accountId: entityId("Choose an account."),
          debitMinor: amount,
          creditMinor: amount,
          memo: optionalText({ max: 200 }),
        })
        .refine((line) => (line.debitMinor > 0n) !== (line.creditMinor > 0n), { message: "Enter a debit or a credit, not both.", path: ["debitMinor"] }),
    )
    .min(2, "An entry needs at least two lines.")
    .max(100),
});
export type PostManualJournalEntryInput = z.input<typeof postManualJournalEntryInput>;

export const postManualJournalEntryFailures = failuresOf([...mutationFailures, ...postingFailures]);
const { fail } = postManualJournalEntryFailures;

/** A controller's adjusting entry: balanced per currency, dated in an open period. */
export const postManualJournalEntry = defineUseCase({
  name: "post-manual-journal-entry",
  permission: "ledger.post",
  input: postManualJournalEntryInput,
  failures: postManualJournalEntryFailures,
  state: journalEntrySchema,
  async run({ tx, actor }, input) {
    const posted = await postEntry(tx, actor, { effectiveDate: input.effectiveDate, memo: input.memo, source: "manual", sourceId: null, lines: input.lines }, postManualJournalEntryFailures);
    const entry = await tx.ledger.findEntry(actor.organizationId, posted.id);
    if (!entry) return fail("ENTRY_UNBALANCED", "The entry could not be read back.");
    return outcome(entry, `Posted ${entry.number}.`, { triggered: [`posted ${entry.number}`], warnings: posted.warnings });
  },
});
