/** Whether a journal entry can be reversed: the use case's precondition and the views' verdict. */
import type { JournalEntryRecord } from "@closebook/db";
import type { EntrySourceValue } from "../domain/enums";
import type { Actor } from "../shared/actor";
import { permissionRefusal, type Refusal } from "./refusal";

/**
 * Entries a person posted (and their reversals) are corrected by a reversal; those a charge or a
 * movement posted are corrected through that workflow (void-charge), so documents and ledger agree.
 */
export const reversibleEntrySources = ["manual", "reversal"] as const satisfies readonly EntrySourceValue[];

export function reverseJournalEntryRefusal(
  actor: Pick<Actor, "role">,
  entry: Pick<JournalEntryRecord, "number" | "source" | "reversedByEntryId" | "reversedByNumber">,
): Refusal<"NOT_PERMITTED" | "ENTRY_ALREADY_REVERSED" | "ENTRY_NOT_REVERSIBLE"> | null {
  const permission = permissionRefusal(actor.role, "ledger.reverse");
  if (permission) return permission;
  if (entry.reversedByEntryId) return { code: "ENTRY_ALREADY_REVERSED", reason: `${entry.number} was already reversed by ${entry.reversedByNumber ?? "another entry"}.` };
  if (!(reversibleEntrySources as readonly string[]).includes(entry.source)) {
    return { code: "ENTRY_NOT_REVERSIBLE", reason: `${entry.number} was posted by a ${entry.source.replace("_", " ")}: correct it through that workflow.` };
  }
  return null;
}
