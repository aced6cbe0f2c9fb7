import type { Database, JournalEntryRecord } from "@closebook/db";
import { z } from "zod";
import { failuresOf } from "../errors";
import { postEntry, postingFailures } from "../ledger/post-entry";
import type { Actor } from "../shared/actor";
import { isoDate } from "../shared/dates";
import { outcome, type Outcome } from "../shared/outcome";
import { runMutation } from "../shared/run-mutation";

const amount = z.bigint().nonnegative("Amounts cannot be negative.").default(0n);

export const postManualJournalEntryInput = z.object({
  effectiveDate: isoDate,
  memo: z.string().trim().min(3, "Explain the entry.").max(500),
  lines: z
    .array(
      z
        .object({
          accountId: z.string().uuid("Choose an account."),
          debitMinor: amount,
          creditMinor: amount,
          memo: z.string().trim().max(200).nullable().default(null),
        })
        .refine((line) => (line.debitMinor > 0n) !== (line.creditMinor > 0n), { message: "Enter a debit or a credit, not both.", path: ["debitMinor"] }),
    )
    .min(2, "An entry needs at least two lines.")
    .max(100),
});
export type PostManualJournalEntryInput = z.input<typeof postManualJournalEntryInput>;

export const postManualJournalEntryFailures = failuresOf(["NOT_PERMITTED", "IDEMPOTENCY_KEY_REUSED", ...postingFailures]);
const { fail } = postManualJournalEntryFailures;

/** A controller's adjusting entry: balanced per currency, dated in an open period. */
export async function postManualJournalEntry(
  db: Database,
  actor: Actor,
  rawInput: PostManualJournalEntryInput,
  options: { idempotencyKey?: string | undefined } = {},
): Promise<Outcome<JournalEntryRecord>> {
  const input = postManualJournalEntryInput.parse(rawInput);
  return runMutation(db, actor, { operation: "post-manual-journal-entry", permission: "ledger.post", input, idempotencyKey: options.idempotencyKey }, async (tx) => {
    const posted = await postEntry(tx, actor, { effectiveDate: input.effectiveDate, memo: input.memo, source: "manual", sourceId: null, lines: input.lines });
    const entry = await tx.ledger.findEntry(actor.organizationId, posted.id);
    if (!entry) return fail("ENTRY_UNBALANCED", "The entry could not be read back.");
    return outcome(entry, `Posted ${entry.number}.`, { triggered: [`posted ${entry.number}`], warnings: posted.warnings });
  });
}
