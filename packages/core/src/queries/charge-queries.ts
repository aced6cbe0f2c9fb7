import type { ChargeRecord } from "@closebook/db";
import { z } from "zod";
import { chargeStatuses } from "../domain/enums";
import { chargeDetailSchema, chargePageSchema, type ChargeActions, type ChargeDetail } from "../dto/charge-dto";
import { failuresOf } from "../errors";
import { calendarDate, entityId } from "../fields";
import { verdict } from "../policies/refusal";
import { creditNoteRefusal, draftChangeRefusal, issueChargeRefusal, openAmountOf, owedAmountOf, recordChargePaymentRefusal, voidChargeRefusal } from "../policies/charge-actions";
import type { Actor } from "../shared/actor";
import { defineQuery } from "../shared/define-use-case";
import { pageInput, pageOf } from "../shared/pagination";

/** What the caller can do with the charge now, by the rules the use cases check. */
export function chargeActions(actor: Actor, charge: ChargeRecord): ChargeActions {
  return {
    issue: verdict(issueChargeRefusal(actor, charge)),
    recordPayment: verdict(recordChargePaymentRefusal(actor, charge)),
    void: verdict(voidChargeRefusal(actor, charge)),
    editDraft: verdict(draftChangeRefusal(actor, charge)),
    discardDraft: verdict(draftChangeRefusal(actor, charge)),
    creditNote: verdict(creditNoteRefusal(actor, charge)),
  };
}

export const listChargesInput = z.object({
  status: z.enum(chargeStatuses).optional(),
  customerId: entityId().optional(),
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  ...pageInput,
});

export const listCharges = defineQuery({
  name: "list-charges",
  permission: "charges.read",
  input: listChargesInput,
  output: chargePageSchema,
  async run({ db, actor }, input) {
    const to = input.to ? new Date(input.to.getTime() + 86_399_999) : undefined;
    const page = pageOf(await db.read.charges.list({ organizationId: actor.organizationId, ...input, to }), input.limit);
    return { ...page, items: page.items.map((charge) => ({ ...charge, openMinor: owedAmountOf(charge), allowedActions: chargeActions(actor, charge) })) };
  },
});

export const getChargeInput = z.object({ chargeId: entityId() });

const { fail } = failuresOf(["CHARGE_NOT_FOUND"]);

export const getCharge = defineQuery({
  name: "get-charge",
  permission: "charges.read",
  input: getChargeInput,
  output: chargeDetailSchema,
  async run({ db, actor }, { chargeId }): Promise<ChargeDetail> {
    const charge = await db.read.charges.findById(actor.organizationId, chargeId);
    if (!charge) return fail("CHARGE_NOT_FOUND", "No such charge in this organization.");
    const [customer, payments, creditNotes] = await Promise.all([
      db.read.counterparties.findById(actor.organizationId, charge.customerId),
      db.read.charges.payments(actor.organizationId, charge.id),
      db.read.creditNotes.forCharge(actor.organizationId, charge.id),
    ]);
    const entryIds = [charge.issuedEntryId, charge.voidEntryId, ...payments.map((p) => p.entryId), ...creditNotes.map((n) => n.entryId)].filter((id): id is string => id !== null);
    const entries = await db.read.ledger.entriesByIds(actor.organizationId, entryIds);
    return {
      charge: { ...charge, customerName: customer?.name ?? "" },
      payments,
      entries,
      remainingMinor: openAmountOf(charge),
      allowedActions: chargeActions(actor, charge),
    };
  },
});
