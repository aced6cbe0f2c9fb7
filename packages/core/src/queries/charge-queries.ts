import type { ChargePaymentRecord, ChargeRecord, Database, JournalEntryRecord } from "@closebook/db";
import { chargeStatuses } from "../domain/enums";
import { z } from "zod";
import { calendarDate, entityId, parseInput } from "../fields";
import { failuresOf } from "../errors";
import { openAmountOf } from "../policies/charge-actions";
import { authorize } from "../policies/permissions";
import type { Actor } from "../shared/actor";
import { pageInput, pageOf, type Page } from "../shared/pagination";

export const listChargesInput = z.object({
  status: z.enum(chargeStatuses).optional(),
  customerId: entityId().optional(),
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  ...pageInput,
});

export async function listCharges(db: Database, actor: Actor, raw: z.input<typeof listChargesInput> = {}): Promise<Page<ChargeRecord & { customerName: string }>> {
  authorize(actor, "charges.read");
  const input = parseInput(listChargesInput, raw);
  const to = input.to ? new Date(input.to.getTime() + 86_399_999) : undefined;
  return pageOf(await db.read.charges.list({ organizationId: actor.organizationId, ...input, to }), input.limit);
}

export interface ChargeDetail {
  charge: ChargeRecord & { customerName: string };
  payments: ChargePaymentRecord[];
  entries: JournalEntryRecord[];
  remainingMinor: bigint;
}

const { fail } = failuresOf(["CHARGE_NOT_FOUND"]);

export async function getCharge(db: Database, actor: Actor, chargeId: string): Promise<ChargeDetail> {
  authorize(actor, "charges.read");
  const charge = await db.read.charges.findById(actor.organizationId, chargeId);
  if (!charge) return fail("CHARGE_NOT_FOUND", "No such charge in this organization.");
  const [customer, payments, creditNotes] = await Promise.all([db.read.counterparties.findById(actor.organizationId, charge.customerId), db.read.charges.payments(actor.organizationId, charge.id), db.read.creditNotes.forCharge(actor.organizationId, charge.id)]);
  const entryIds = [charge.issuedEntryId, charge.voidEntryId, ...payments.map((p) => p.entryId), ...creditNotes.map((n) => n.entryId)].filter((id): id is string => id !== null);
  const entries = await db.read.ledger.entriesByIds(actor.organizationId, entryIds);
  return { charge: { ...charge, customerName: customer?.name ?? "" }, payments, entries, remainingMinor: openAmountOf(charge) };
}
