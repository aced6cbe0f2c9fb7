import type { CounterpartyRecord, Repositories } from "@closebook/db";
import { failuresOf, type Covers, type ErrorCode, type FailureSet } from "../errors";
import type { Actor } from "../shared/actor";

/** What checking a charge's terms can fail with; create-charge and update-draft-charge declare these. */
export const chargeTermsFailures = ["COUNTERPARTY_NOT_FOUND", "ACCOUNT_NOT_FOUND", "ACCOUNT_NOT_USABLE", "CURRENCY_MISMATCH"] as const;
const { fail } = failuresOf(chargeTermsFailures);

export interface ChargeTerms {
  customerId: string;
  currency: string;
  receivableAccountId: string;
  revenueAccountId: string;
}

/**
 * The rule of what a charge may hold: a customer of the organization, a receivable (asset, not a
 * bank) and a revenue account, both kept in the charge's currency. Returns the customer.
 */
export async function checkChargeTerms<const Codes extends readonly ErrorCode[]>(
  tx: Repositories,
  actor: Actor,
  terms: ChargeTerms,
  // The caller's failure set, only so that the compiler proves it declares these failures.
  _caller: FailureSet<Codes> & Covers<Codes, (typeof chargeTermsFailures)[number]>,
): Promise<CounterpartyRecord> {
  const customer = await tx.counterparties.findById(actor.organizationId, terms.customerId);
  if (!customer || customer.kind !== "customer") return fail("COUNTERPARTY_NOT_FOUND", "No such customer in this organization.", { field: "customerId" });
  const checks = [
    { field: "receivableAccountId", id: terms.receivableAccountId, type: "asset", label: "receivable" },
    { field: "revenueAccountId", id: terms.revenueAccountId, type: "revenue", label: "revenue" },
  ] as const;
  for (const check of checks) {
    const account = await tx.accounts.findById(actor.organizationId, check.id);
    if (!account) return fail("ACCOUNT_NOT_FOUND", `No such ${check.label} account in this organization.`, { field: check.field });
    if (account.type !== check.type || account.isBankAccount) {
      fail("ACCOUNT_NOT_USABLE", `${account.code} ${account.name} is not a ${check.label} account.`, { field: check.field });
    }
    if (account.currency !== terms.currency) {
      fail("CURRENCY_MISMATCH", `${account.code} ${account.name} is kept in ${account.currency}, the charge in ${terms.currency}.`, { field: check.field });
    }
  }
  return customer;
}
