import { z } from "zod";
import { creditNoteStateSchema } from "../dto/credit-note-dto";
import { failuresOf } from "../errors";
import { amountMinor, calendarDate, entityId, text } from "../fields";
import { postEntry, postingFailures } from "../ledger/post-entry";
import { formatMinor } from "../money";
import { creditNoteRefusal, openAmountOf, settledStatusOf } from "../policies/charge-actions";
import { today } from "../shared/dates";
import { defineUseCase } from "../shared/define-use-case";
import { outcome } from "../shared/outcome";
import { mutationFailures } from "../shared/run-mutation";
import { sideEffects } from "../shared/side-effects";

export const issueCreditNoteInput = z.object({
  chargeId: entityId(),
  /** How much to credit; everything still open when left out. */
  amountMinor: amountMinor("The amount must be above zero.").optional(),
  reason: text({ min: 3, max: 500, message: "Say why the charge is credited.", multiline: true }),
  /** Date of the credit note and its entry (default today). */
  issueDate: calendarDate.optional(),
});
export type IssueCreditNoteInput = z.input<typeof issueCreditNoteInput>;

export const issueCreditNoteFailures = failuresOf([
  ...mutationFailures,
  "CHARGE_NOT_FOUND",
  "CHARGE_NOT_ISSUED",
  "CHARGE_VOID",
  "CHARGE_ALREADY_PAID",
  "CHARGE_CREDITED",
  "CREDIT_EXCEEDS_OPEN_AMOUNT",
  ...postingFailures,
]);
const { fail } = issueCreditNoteFailures;

/**
 * Credits what an issued charge (unpaid or partly paid) leaves open, or part of it: gives the
 * credit note the next gapless CN-<year>-<n> number and posts DR revenue / CR receivable. Once
 * payments and credit notes cover the charge it is `credited` (settled): nothing is owed.
 */
export const issueCreditNote = defineUseCase({
  name: "issue-credit-note",
  permission: "charges.credit",
  input: issueCreditNoteInput,
  failures: issueCreditNoteFailures,
  state: creditNoteStateSchema,
  async run({ tx, actor }, input) {
    const charge = await tx.charges.lockById(actor.organizationId, input.chargeId);
    if (!charge) return fail("CHARGE_NOT_FOUND", "No such charge in this organization.", { field: "chargeId" });
    const refusal = creditNoteRefusal(actor, charge);
    if (refusal) fail(refusal.code, refusal.reason);
    const open = openAmountOf(charge);
    const amount = input.amountMinor ?? open;
    if (amount > open) {
      fail("CREDIT_EXCEEDS_OPEN_AMOUNT", `Only ${formatMinor(open, charge.currency)} is open on ${charge.number ?? "this charge"}.`, { field: "amountMinor", remainingMinor: open });
    }
    const issueDate = input.issueDate ?? today();
    const year = issueDate.getUTCFullYear();
    const number = `CN-${year}-${String(await tx.charges.nextDocumentNumber(actor.organizationId, "credit_note", year)).padStart(5, "0")}`;
    const entry = await postEntry(tx, actor, {
      effectiveDate: issueDate,
      memo: `Credit note ${number} for ${charge.number ?? "charge"}: ${input.reason}`,
      source: "credit_note",
      sourceId: charge.id,
      lines: [
        { accountId: charge.revenueAccountId, debitMinor: amount, creditMinor: 0n },
        { accountId: charge.receivableAccountId, debitMinor: 0n, creditMinor: amount },
      ],
      dateField: "issueDate",
    }, issueCreditNoteFailures);
    const creditNote = await tx.creditNotes.insert({
      organizationId: actor.organizationId,
      number,
      chargeId: charge.id,
      currency: charge.currency,
      amountMinor: amount,
      reason: input.reason,
      issueDate,
      entryId: entry.id,
      createdBy: actor.userId,
    });
    const creditedMinor = charge.creditedMinor + amount;
    const updated = await tx.charges.update(charge.id, { creditedMinor, status: settledStatusOf(charge, charge.paidMinor, creditedMinor) });
    await sideEffects(tx, actor).audit("charge.credited", "charge", charge.id, charge, { ...updated, creditNote });
    const remainingMinor = openAmountOf(updated);
    const credited = `Credit note ${number} of ${formatMinor(amount, charge.currency)} issued for ${charge.number ?? "the charge"}`;
    const message = remainingMinor === 0n ? `${credited}: the charge is settled.` : `${credited}: ${formatMinor(remainingMinor, charge.currency)} remains open.`;
    return outcome({ creditNote, charge: updated, remainingMinor }, message, { triggered: [`posted ${entry.number}`, "recorded audit event charge.credited"], warnings: entry.warnings });
  },
});
