import type { ChargeRecord, Database } from "@closebook/db";
import { z } from "zod";
import { amountMinor, calendarDate, currencyCode, entityId, text, parseInput } from "../fields";
import { checkChargeTerms } from "../charges/charge-terms";
import { failuresOf } from "../errors";
import { formatMinor } from "../money";
import type { Actor } from "../shared/actor";
import { outcome, type Outcome } from "../shared/outcome";
import { mutationFailures, runMutation } from "../shared/run-mutation";
import { sideEffects } from "../shared/side-effects";

export const createChargeInput = z.object({
  customerId: entityId("Choose a customer."),
  description: text({ min: 2, max: 500, message: "Describe what the charge is for." }),
  currency: currencyCode,
  amountMinor: amountMinor("The amount must be above zero."),
  receivableAccountId: entityId("Choose the receivable account."),
  revenueAccountId: entityId("Choose the revenue account."),
  dueDate: calendarDate.nullable().default(null),
});
export type CreateChargeInput = z.input<typeof createChargeInput>;

export const createChargeFailures = failuresOf([
  ...mutationFailures,
  "COUNTERPARTY_NOT_FOUND",
  "ACCOUNT_NOT_FOUND",
  "ACCOUNT_NOT_USABLE",
  "CURRENCY_MISMATCH",
]);
/** Drafts a charge to a customer; nothing is posted until it is issued. */
export async function createCharge(
  db: Database,
  actor: Actor,
  rawInput: CreateChargeInput,
  options: { idempotencyKey?: string | undefined } = {},
): Promise<Outcome<ChargeRecord>> {
  const input = parseInput(createChargeInput, rawInput);
  return runMutation(db, actor, { operation: "create-charge", permission: "charges.create", failures: createChargeFailures, input, idempotencyKey: options.idempotencyKey }, async (tx) => {
    const customer = await checkChargeTerms(tx, actor, input, createChargeFailures);
    const charge = await tx.charges.insert({ organizationId: actor.organizationId, createdBy: actor.userId, ...input });
    await sideEffects(tx, actor).audit("charge.created", "charge", charge.id, null, charge);
    return outcome(charge, `Draft charge of ${formatMinor(charge.amountMinor, charge.currency)} to ${customer.name} created.`, {
      triggered: ["recorded audit event charge.created"],
    });
  });
}
