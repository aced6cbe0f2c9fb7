import type { ChargeRecord, Database } from "@closebook/db";
import { z } from "zod";
import { calendarDate, entityId, parseInput } from "../fields";
import { failuresOf } from "../errors";
import { postEntry, postingFailures } from "../ledger/post-entry";
import { formatMinor } from "../money";
import type { Actor } from "../shared/actor";
import { addDays, formatDate, today } from "../shared/dates";
import { outcome, type Outcome } from "../shared/outcome";
import { mutationFailures, runMutation } from "../shared/run-mutation";
import { sideEffects } from "../shared/side-effects";

export const issueChargeInput = z.object({
  chargeId: entityId(),
  issueDate: calendarDate.optional(),
  /** Days until due when the draft has no due date (default 30). */
  paymentTermsDays: z.number().int().min(0).max(365).default(30),
});
export type IssueChargeInput = z.input<typeof issueChargeInput>;

export const issueChargeFailures = failuresOf([...mutationFailures, "CHARGE_NOT_FOUND", "CHARGE_VOID", "CHARGE_NOT_DRAFT", "DUE_DATE_BEFORE_ISSUE_DATE", ...postingFailures]);
const { fail } = issueChargeFailures;

/** Issues a draft charge: gives it the next gapless number and posts DR receivable / CR revenue. */
export async function issueCharge(
  db: Database,
  actor: Actor,
  rawInput: IssueChargeInput,
  options: { idempotencyKey?: string | undefined } = {},
): Promise<Outcome<ChargeRecord>> {
  const input = parseInput(issueChargeInput, rawInput);
  return runMutation(db, actor, { operation: "issue-charge", permission: "charges.issue", failures: issueChargeFailures, input, idempotencyKey: options.idempotencyKey }, async (tx) => {
    const charge = await tx.charges.lockById(actor.organizationId, input.chargeId);
    if (!charge) return fail("CHARGE_NOT_FOUND", "No such charge in this organization.", { field: "chargeId" });
    if (charge.status === "void") fail("CHARGE_VOID", "This charge is void.");
    if (charge.status !== "draft") fail("CHARGE_NOT_DRAFT", `Charge ${charge.number ?? ""} is already ${charge.status}.`);
    const issueDate = input.issueDate ?? today();
    const dueDate = charge.dueDate ?? addDays(issueDate, input.paymentTermsDays);
    if (dueDate < issueDate) {
      fail("DUE_DATE_BEFORE_ISSUE_DATE", `The charge is due ${formatDate(dueDate)}, before its issue date ${formatDate(issueDate)}.`, { field: "issueDate" });
    }
    const year = issueDate.getUTCFullYear();
    const number = `CH-${year}-${String(await tx.charges.nextDocumentNumber(actor.organizationId, "charge", year)).padStart(5, "0")}`;
    const entry = await postEntry(tx, actor, {
      effectiveDate: issueDate,
      memo: `Charge ${number}: ${charge.description}`,
      source: "charge_issued",
      sourceId: charge.id,
      lines: [
        { accountId: charge.receivableAccountId, debitMinor: charge.amountMinor, creditMinor: 0n },
        { accountId: charge.revenueAccountId, debitMinor: 0n, creditMinor: charge.amountMinor },
      ],
      dateField: "issueDate",
    }, issueChargeFailures);
    const issued = await tx.charges.update(charge.id, { status: "issued", number, issueDate, dueDate, issuedEntryId: entry.id });
    const effects = sideEffects(tx, actor);
    await effects.audit("charge.issued", "charge", charge.id, charge, issued);
    const scheduled = await effects.schedule(
      "check-charge-overdue",
      { organizationId: actor.organizationId, chargeId: charge.id },
      { runAt: addDays(dueDate, 1), jobKey: `charge-overdue:${charge.id}` },
      `scheduled an overdue check for ${formatDate(addDays(dueDate, 1))}`,
    );
    return outcome(issued, `Charge ${number} for ${formatMinor(issued.amountMinor, issued.currency)} issued, due ${formatDate(dueDate)}.`, {
      triggered: [`posted ${entry.number}`, scheduled],
      warnings: entry.warnings,
    });
  });
}
