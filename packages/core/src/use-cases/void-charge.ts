import type { ChargeRecord, Database } from "@closebook/db";
import { z } from "zod";
import { calendarDate, entityId, text, parseInput } from "../fields";
import { failuresOf } from "../errors";
import { postEntry, postingFailures } from "../ledger/post-entry";
import type { Actor } from "../shared/actor";
import { today } from "../shared/dates";
import { outcome, type Outcome } from "../shared/outcome";
import { mutationFailures, runMutation } from "../shared/run-mutation";
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
export async function voidCharge(
  db: Database,
  actor: Actor,
  rawInput: VoidChargeInput,
  options: { idempotencyKey?: string | undefined } = {},
): Promise<Outcome<ChargeRecord>> {
  const input = parseInput(voidChargeInput, rawInput);
  return runMutation(db, actor, { operation: "void-charge", permission: "charges.void", failures: voidChargeFailures, input, idempotencyKey: options.idempotencyKey }, async (tx) => {
    const charge = await tx.charges.lockById(actor.organizationId, input.chargeId);
    if (!charge) return fail("CHARGE_NOT_FOUND", "No such charge in this organization.", { field: "chargeId" });
    if (charge.status === "void") fail("CHARGE_VOID", "This charge is already void.");
    if (charge.status === "paid") fail("CHARGE_ALREADY_PAID", "A paid charge cannot be voided; refund it instead.");
    if (charge.paidMinor > 0n) fail("CHARGE_HAS_PAYMENTS", "This charge has payments recorded; it cannot be voided.");
    if (charge.creditedMinor > 0n) fail("CHARGE_CREDITED", "This charge has a credit note; it cannot be voided.");
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
  });
}
