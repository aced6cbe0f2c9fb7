import { z } from "zod";
import { calendarDate, entityId } from "../fields";
import { failuresOf } from "../errors";
import { postEntry, postingFailures } from "../ledger/post-entry";
import { formatMinor } from "../money";
import { addDays, formatDate, today } from "../shared/dates";
import { outcome } from "../shared/outcome";
import { mutationFailures } from "../shared/run-mutation";
import { defineUseCase } from "../shared/define-use-case";
import { issueChargeRefusal } from "../policies/charge-actions";
import { formatDocumentNumber } from "../policies/document-numbers";
import { chargeSchema } from "../dto/charge-dto";
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
export const issueCharge = defineUseCase({
  name: "issue-charge",
  permission: "charges.issue",
  input: issueChargeInput,
  failures: issueChargeFailures,
  state: chargeSchema,
  async run({ tx, actor }, input) {
    const charge = await tx.charges.lockById(actor.organizationId, input.chargeId);
    if (!charge) return fail("CHARGE_NOT_FOUND", "No such charge in this organization.", { field: "chargeId" });
    const refusal = issueChargeRefusal(actor, charge);
    if (refusal) fail(refusal.code, refusal.reason);
    const issueDate = input.issueDate ?? today();
    const dueDate = charge.dueDate ?? addDays(issueDate, input.paymentTermsDays);
    if (dueDate < issueDate) {
      fail("DUE_DATE_BEFORE_ISSUE_DATE", `The charge is due ${formatDate(dueDate)}, before its issue date ${formatDate(issueDate)}.`, { field: "issueDate" });
    }
    const year = issueDate.getUTCFullYear();
    const number = formatDocumentNumber("charge", year, await tx.charges.nextDocumentNumber(actor.organizationId, "charge", year));
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
  },
});
