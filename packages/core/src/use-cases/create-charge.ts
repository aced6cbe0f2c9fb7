import type { ChargeRecord, Database } from "@closebook/db";
import { z } from "zod";
import { failuresOf } from "../errors";
import { currencyCode, formatMinor } from "../money";
import type { Actor } from "../shared/actor";
import { isoDate } from "../shared/dates";
import { outcome, type Outcome } from "../shared/outcome";
import { runMutation } from "../shared/run-mutation";
import { sideEffects } from "../shared/side-effects";

export const createChargeInput = z.object({
  customerId: z.string().uuid("Choose a customer."),
  description: z.string().trim().min(2, "Describe what the charge is for.").max(500),
  currency: currencyCode,
  amountMinor: z.bigint().positive("The amount must be above zero."),
  receivableAccountId: z.string().uuid("Choose the receivable account."),
  revenueAccountId: z.string().uuid("Choose the revenue account."),
  dueDate: isoDate.nullable().default(null),
});
export type CreateChargeInput = z.input<typeof createChargeInput>;

export const createChargeFailures = failuresOf([
  "NOT_PERMITTED",
  "IDEMPOTENCY_KEY_REUSED",
  "COUNTERPARTY_NOT_FOUND",
  "ACCOUNT_NOT_FOUND",
  "ACCOUNT_NOT_USABLE",
  "CURRENCY_MISMATCH",
]);
const { fail } = createChargeFailures;

/** Drafts a charge to a customer; nothing is posted until it is issued. */
export async function createCharge(
  db: Database,
  actor: Actor,
  rawInput: CreateChargeInput,
  options: { idempotencyKey?: string | undefined } = {},
): Promise<Outcome<ChargeRecord>> {
  const input = createChargeInput.parse(rawInput);
  return runMutation(db, actor, { operation: "create-charge", permission: "charges.create", input, idempotencyKey: options.idempotencyKey }, async (tx) => {
    const customer = await tx.counterparties.findById(actor.organizationId, input.customerId);
    if (!customer || customer.kind !== "customer") return fail("COUNTERPARTY_NOT_FOUND", "No such customer in this organization.", { field: "customerId" });
    const checks = [
      { field: "receivableAccountId", id: input.receivableAccountId, type: "asset", label: "receivable" },
      { field: "revenueAccountId", id: input.revenueAccountId, type: "revenue", label: "revenue" },
    ] as const;
    for (const check of checks) {
      const account = await tx.accounts.findById(actor.organizationId, check.id);
      if (!account) return fail("ACCOUNT_NOT_FOUND", `No such ${check.label} account in this organization.`, { field: check.field });
      if (account.type !== check.type || account.isBankAccount) {
        fail("ACCOUNT_NOT_USABLE", `${account.code} ${account.name} is not a ${check.label} account.`, { field: check.field });
      }
      if (account.currency !== input.currency) {
        fail("CURRENCY_MISMATCH", `${account.code} ${account.name} is kept in ${account.currency}, the charge in ${input.currency}.`, { field: check.field });
      }
    }
    const charge = await tx.charges.insert({ organizationId: actor.organizationId, createdBy: actor.userId, ...input });
    await sideEffects(tx, actor).audit("charge.created", "charge", charge.id, null, charge);
    return outcome(charge, `Draft charge of ${formatMinor(charge.amountMinor, charge.currency)} to ${customer.name} created.`, {
      triggered: ["recorded audit event charge.created"],
    });
  });
}
