import type { ChargeRecord } from "@closebook/db";
import { z } from "zod";
import { calendarDate, entityId, text } from "../fields";
import { failuresOf } from "../errors";
import { postEntry, postingFailures } from "../ledger/post-entry";
import { today } from "../shared/dates";
import { outcome, type Outcome } from "../shared/outcome";
import { mutationFailures } from "../shared/run-mutation";
import { defineUseCase } from "../shared/define-use-case";
import { voidChargeRefusal } from "../policies/charge-actions";
import { chargeSchema } from "../dto/charge-dto";
import { sideEffects } from "../shared/side-effects";

export const voidChargeInput = z.object({
  chargeId: entityId(),
  reason: text({ min: 3, max: 500, message: "Say why the charge is voided.", multiline: true }),
  /** Date of the reversing entry for an issued charge (default today). */
  effectiveDate: calendarDate.optional(),
});
export type VoidChargeInput = z.input<typeof voidChargeInput>;

export const voidChargeFailures = failuresOf([...mutationFailures, "CHARGE_NOT_FOUND", "CHARGE_VOID", "CHARGE_ALREADY_PAID", "CHARGE_HAS_PAYMENTS", "CHARGE_CREDITED", ...postingFailures]);
const { fail } = voidChargeFailures;

/** Voids a charge: a draft simply, an issued one without payments by reversing its issue entry. */
export const voidCharge = defineUseCase({
  name: "void-charge",
  permission: "charges.void",
  input: voidChargeInput,
  failures: voidChargeFailures,
  state: chargeSchema,
  async run({ tx, actor }, input) {
    const charge = await tx.charges.lockById(actor.organizationId, input.chargeId);
    if (!charge) return fail("CHARGE_NOT_FOUND", "No such charge in this organization.", { field: "chargeId" });
    const refusal = voidChargeRefusal(actor, charge);
    if (refusal) fail(refusal.code, refusal.reason);
    const triggered: string[] = [];
    let voidEntryId: string | null = null;
    let warnings: Outcome<ChargeRecord>["warnings"] = [];
    if (charge.status === "issued") {
      const entry = await postEntry(tx, actor, {
        effectiveDate: input.effectiveDate ?? today(),
        memo: `Void of charge ${charge.number ?? ""}: ${input.reason}`,
        source: "charge_void",
        sourceId: charge.id,
        reversesEntryId: charge.issuedEntryId,
        lines: [
          { accountId: charge.revenueAccountId, debitMinor: charge.amountMinor, creditMinor: 0n },
          { accountId: charge.receivableAccountId, debitMinor: 0n, creditMinor: charge.amountMinor },
        ],
      }, voidChargeFailures);
      voidEntryId = entry.id;
      warnings = entry.warnings;
      triggered.push(`posted ${entry.number}`);
    }
    const voided = await tx.charges.update(charge.id, { status: "void", voidReason: input.reason, voidEntryId });
    await sideEffects(tx, actor).audit("charge.voided", "charge", charge.id, charge, voided);
    const what = charge.number ? `Charge ${charge.number}` : "The draft charge";
    return outcome(voided, `${what} is void${triggered.length ? "; its revenue is reversed" : ""}.`, { triggered, warnings });
  },
});
