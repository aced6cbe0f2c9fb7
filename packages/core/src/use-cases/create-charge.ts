import { z } from "zod";
import { amountMinor, calendarDate, currencyCode, entityId, text } from "../fields";
import { checkChargeTerms } from "../charges/charge-terms";
import { failuresOf } from "../errors";
import { formatMinor } from "../money";
import { outcome } from "../shared/outcome";
import { mutationFailures } from "../shared/run-mutation";
import { defineUseCase } from "../shared/define-use-case";
import { chargeSchema } from "../dto/charge-dto";
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
export const createCharge = defineUseCase({
  name: "create-charge",
  permission: "charges.create",
  input: createChargeInput,
  failures: createChargeFailures,
  state: chargeSchema,
  async run({ tx, actor }, input) {
    const customer = await checkChargeTerms(tx, actor, input, createChargeFailures);
    const charge = await tx.charges.insert({ organizationId: actor.organizationId, createdBy: actor.userId, ...input });
    await sideEffects(tx, actor).audit("charge.created", "charge", charge.id, null, charge);
    return outcome(charge, `Draft charge of ${formatMinor(charge.amountMinor, charge.currency)} to ${customer.name} created.`, {
      triggered: ["recorded audit event charge.created"],
    });
  },
});
