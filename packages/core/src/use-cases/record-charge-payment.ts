import { z } from "zod";
import { amountMinor, calendarDate, entityId, text } from "../fields";
import { failuresOf } from "../errors";
import { postEntry, postingFailures } from "../ledger/post-entry";
import { formatMinor } from "../money";
import { today } from "../shared/dates";
import { outcome } from "../shared/outcome";
import { mutationFailures } from "../shared/run-mutation";
import { defineUseCase } from "../shared/define-use-case";
import { openAmountOf, recordChargePaymentRefusal, settledStatusOf } from "../policies/charge-actions";
import { chargePaymentStateSchema } from "../dto/charge-dto";
import { sideEffects } from "../shared/side-effects";

export const recordChargePaymentInput = z.object({
  chargeId: entityId(),
  /** The bank's reference of the incoming payment: each is recorded once. */
  reference: text({ min: 3, max: 120, message: "Enter the bank's payment reference." }),
  amountMinor: amountMinor("The amount must be above zero."),
  bankAccountId: entityId("Choose the bank account the money arrived in."),
  receivedOn: calendarDate.optional(),
});
export type RecordChargePaymentInput = z.input<typeof recordChargePaymentInput>;

export const recordChargePaymentFailures = failuresOf([
  ...mutationFailures,
  "CHARGE_NOT_FOUND",
  "CHARGE_VOID",
  "CHARGE_NOT_ISSUED",
  "CHARGE_ALREADY_PAID",
  "CHARGE_CREDITED",
  "PAYMENT_ALREADY_RECORDED",
  "PAYMENT_EXCEEDS_BALANCE",
  "ACCOUNT_NOT_USABLE",
  ...postingFailures,
]);
const { fail } = recordChargePaymentFailures;

/** Records money received against an issued charge: posts DR bank / CR receivable; partial payments allowed. */
export const recordChargePayment = defineUseCase({
  name: "record-charge-payment",
  permission: "charges.recordPayment",
  input: recordChargePaymentInput,
  failures: recordChargePaymentFailures,
  state: chargePaymentStateSchema,
  async run({ tx, actor }, input) {
    const charge = await tx.charges.lockById(actor.organizationId, input.chargeId);
    if (!charge) return fail("CHARGE_NOT_FOUND", "No such charge in this organization.", { field: "chargeId" });
    const refusal = recordChargePaymentRefusal(actor, charge);
    // A retried bank reference is told it is recorded, even when that payment settled the charge.
    if (refusal && refusal.code !== "CHARGE_ALREADY_PAID" && refusal.code !== "CHARGE_CREDITED") fail(refusal.code, refusal.reason);
    if (await tx.charges.findPaymentByReference(actor.organizationId, input.reference)) {
      fail("PAYMENT_ALREADY_RECORDED", `The payment ${input.reference} is already recorded.`, { field: "reference" });
    }
    if (refusal) fail(refusal.code, refusal.reason);
    const remaining = openAmountOf(charge);
    if (input.amountMinor > remaining) {
      fail("PAYMENT_EXCEEDS_BALANCE", `Only ${formatMinor(remaining, charge.currency)} remains open on ${charge.number ?? "this charge"}.`, { field: "amountMinor", remainingMinor: remaining });
    }
    const bank = await tx.accounts.findById(actor.organizationId, input.bankAccountId);
    if (!bank || !bank.isBankAccount) return fail("ACCOUNT_NOT_USABLE", "Choose one of the organization's bank accounts.", { field: "bankAccountId" });
    if (bank.currency !== charge.currency) fail("CURRENCY_MISMATCH", `${bank.name} is kept in ${bank.currency}, the charge in ${charge.currency}.`, { field: "bankAccountId" });
    const receivedOn = input.receivedOn ?? today();
    const entry = await postEntry(tx, actor, {
      effectiveDate: receivedOn,
      memo: `Payment ${input.reference} for ${charge.number ?? "charge"}`,
      source: "charge_payment",
      sourceId: charge.id,
      lines: [
        { accountId: input.bankAccountId, debitMinor: input.amountMinor, creditMinor: 0n },
        { accountId: charge.receivableAccountId, debitMinor: 0n, creditMinor: input.amountMinor },
      ],
      dateField: "receivedOn",
    }, recordChargePaymentFailures);
    const payment = await tx.charges.insertPaymentUnlessRecorded({
      organizationId: actor.organizationId,
      chargeId: charge.id,
      reference: input.reference,
      amountMinor: input.amountMinor,
      receivedOn,
      bankAccountId: input.bankAccountId,
      entryId: entry.id,
      recordedBy: actor.userId,
    });
    if (!payment) return fail("PAYMENT_ALREADY_RECORDED", `The payment ${input.reference} is already recorded.`, { field: "reference" });
    const paidMinor = charge.paidMinor + input.amountMinor;
    const updated = await tx.charges.update(charge.id, { paidMinor, status: settledStatusOf(charge, paidMinor, charge.creditedMinor) });
    const effects = sideEffects(tx, actor);
    await effects.audit("charge.payment_recorded", "charge", charge.id, charge, { ...updated, payment });
    const remainingMinor = openAmountOf(updated);
    const message =
      remainingMinor === 0n
        ? `Payment of ${formatMinor(input.amountMinor, charge.currency)} recorded: ${charge.number ?? "the charge"} is paid in full.`
        : `Payment of ${formatMinor(input.amountMinor, charge.currency)} recorded: ${formatMinor(remainingMinor, charge.currency)} remains open.`;
    return outcome({ charge: updated, payment, remainingMinor }, message, { triggered: [`posted ${entry.number}`], warnings: entry.warnings });
  },
});
