import { z } from "zod";
import { chargeSchema } from "../dto/charge-dto";
import { failuresOf } from "../errors";
import { entityId } from "../fields";
import { formatMinor } from "../money";
import { draftChangeRefusal } from "../policies/charge-actions";
import { defineUseCase } from "../shared/define-use-case";
import { outcome } from "../shared/outcome";
import { mutationFailures } from "../shared/run-mutation";
import { sideEffects } from "../shared/side-effects";

export const discardDraftChargeInput = z.object({ chargeId: entityId() });
export type DiscardDraftChargeInput = z.input<typeof discardDraftChargeInput>;

export const discardDraftChargeFailures = failuresOf([...mutationFailures, "CHARGE_NOT_FOUND", "CHARGE_NOT_DRAFT"]);
const { fail } = discardDraftChargeFailures;

/**
 * Discards a draft charge: the row is deleted (a draft has no number, no entry and no payment, so
 * nothing refers to it); the audit event keeps what it held. Refused once the charge is issued.
 * The outcome's state is the charge as it was.
 */
export const discardDraftCharge = defineUseCase({
  name: "discard-draft-charge",
  permission: "charges.editDraft",
  input: discardDraftChargeInput,
  failures: discardDraftChargeFailures,
  state: chargeSchema,
  async run({ tx, actor }, input) {
    const charge = await tx.charges.lockById(actor.organizationId, input.chargeId);
    if (!charge) return fail("CHARGE_NOT_FOUND", "No such charge in this organization.", { field: "chargeId" });
    const refusal = draftChangeRefusal(actor, charge);
    if (refusal) fail(refusal.code, refusal.reason);
    await tx.charges.delete(charge.id);
    await sideEffects(tx, actor).audit("charge.draft_discarded", "charge", charge.id, charge, null);
    return outcome(charge, `Draft charge of ${formatMinor(charge.amountMinor, charge.currency)} (${charge.description}) discarded.`, {
      triggered: ["recorded audit event charge.draft_discarded"],
    });
  },
});
