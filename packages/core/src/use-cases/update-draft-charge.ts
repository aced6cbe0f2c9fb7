import { z } from "zod";
import { checkChargeTerms, chargeTermsFailures } from "../charges/charge-terms";
import { chargeSchema } from "../dto/charge-dto";
import { failuresOf } from "../errors";
import { amountMinor, calendarDate, currencyCode, entityId, text } from "../fields";
import { formatMinor } from "../money";
import { draftChangeRefusal } from "../policies/charge-actions";
import { defineUseCase } from "../shared/define-use-case";
import { outcome } from "../shared/outcome";
import { mutationFailures } from "../shared/run-mutation";
import { sideEffects } from "../shared/side-effects";

/** The charge to change and what changes; a field left out stays as it is (`dueDate: null` clears it). */
export const updateDraftChargeInput = z.object({
  chargeId: entityId(),
  customerId: entityId("Choose a customer.").optional(),
  description: text({ min: 2, max: 500, message: "Describe what the charge is for." }).optional(),
  currency: currencyCode.optional(),
  amountMinor: amountMinor("The amount must be above zero.").optional(),
  receivableAccountId: entityId("Choose the receivable account.").optional(),
  revenueAccountId: entityId("Choose the revenue account.").optional(),
  dueDate: calendarDate.nullable().optional(),
});
export type UpdateDraftChargeInput = z.input<typeof updateDraftChargeInput>;

export const updateDraftChargeFailures = failuresOf([...mutationFailures, "CHARGE_NOT_FOUND", "CHARGE_NOT_DRAFT", ...chargeTermsFailures]);
const { fail } = updateDraftChargeFailures;

const editable = ["customerId", "description", "currency", "amountMinor", "receivableAccountId", "revenueAccountId", "dueDate"] as const;

/** Changes what a draft charge holds (customer, description, amount, currency, accounts, due date); refused once issued. */
export const updateDraftCharge = defineUseCase({
  name: "update-draft-charge",
  permission: "charges.editDraft",
  input: updateDraftChargeInput,
  failures: updateDraftChargeFailures,
  state: chargeSchema,
  async run({ tx, actor }, { chargeId, ...changes }) {
    const charge = await tx.charges.lockById(actor.organizationId, chargeId);
    if (!charge) return fail("CHARGE_NOT_FOUND", "No such charge in this organization.", { field: "chargeId" });
    const refusal = draftChangeRefusal(actor, charge);
    if (refusal) fail(refusal.code, refusal.reason);
    const changed = Object.fromEntries(
      editable.filter((field) => changes[field] !== undefined && String(changes[field]) !== String(charge[field])).map((field) => [field, changes[field]]),
    ) as Partial<Pick<typeof charge, (typeof editable)[number]>>;
    if (Object.keys(changed).length === 0) return outcome(charge, "Nothing to change: the draft already holds these values.");
    const next = { ...charge, ...changed };
    const customer = await checkChargeTerms(tx, actor, next, updateDraftChargeFailures);
    const updated = await tx.charges.updateDraft(charge.id, changed);
    await sideEffects(tx, actor).audit("charge.draft_updated", "charge", charge.id, charge, updated);
    return outcome(updated, `Draft charge of ${formatMinor(updated.amountMinor, updated.currency)} to ${customer.name} saved (${Object.keys(changed).join(", ")} changed).`, {
      triggered: ["recorded audit event charge.draft_updated"],
    });
  },
});
