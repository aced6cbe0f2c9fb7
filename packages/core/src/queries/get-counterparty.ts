import { z } from "zod";
import { counterpartyDetailSchema } from "../dto/counterparty-detail-dto";
import { failuresOf } from "../errors";
import { entityId } from "../fields";
import { owedAmountOf } from "../policies/charge-actions";
import { permissionRefusal, verdict } from "../policies/refusal";
import { chargeActions } from "./charge-queries";
import { defineQuery } from "../shared/define-use-case";
import type { CounterpartyBalance, CounterpartyDetail } from "./counterparty-detail";

export type { CounterpartyBalance, CounterpartyDetail } from "./counterparty-detail";

export const getCounterpartyInput = z.object({ counterpartyId: entityId() });

/** How many of its latest charges and movements the page shows. */
const recentLimit = 50;

const { fail } = failuresOf(["COUNTERPARTY_NOT_FOUND"]);

/**
 * A customer's or vendor's page: details, latest charges and movements, and the balance with it,
 * per currency.
 *
 * The balance comes from open items, not from the ledger: journal lines carry accounts, not
 * counterparties, and one receivable (or payable) account serves every customer (vendor), so the
 * ledger cannot tell one customer's share from another's.
 * - A customer's open receivable is the sum over its issued charges of amount − paid − credited
 *   (drafts are not owed yet; paid, credited and void charges owe nothing). Summed over all
 *   customers it equals what issuing, payments and credit notes posted to the receivable accounts.
 * - A vendor: Closebook records no vendor bills, so no payable per vendor exists to read; what is
 *   known is the money committed to it and not paid yet: its payments pending approval or
 *   approved, not yet posted ("committed_payments").
 */
export const getCounterparty = defineQuery({
  name: "get-counterparty",
  permission: "counterparties.read",
  input: getCounterpartyInput,
  output: counterpartyDetailSchema,
  async run({ db, actor }, input): Promise<CounterpartyDetail> {
    const counterparty = await db.read.counterparties.findById(actor.organizationId, input.counterpartyId);
    if (!counterparty) return fail("COUNTERPARTY_NOT_FOUND", "No such customer or vendor in this organization.", { field: "counterpartyId" });
    const [charges, movements] = await Promise.all([
      counterparty.kind === "customer" ? db.read.charges.list({ organizationId: actor.organizationId, customerId: counterparty.id, limit: recentLimit }) : [],
      db.read.movements.listForCounterparty(actor.organizationId, counterparty.id, recentLimit),
    ]);
    const balance: CounterpartyBalance =
      counterparty.kind === "customer"
        ? {
            basis: "open_charges",
            label: "Open on issued charges (amount less payments and credit notes)",
            lines: (await db.read.charges.openTotalsForCustomer(actor.organizationId, counterparty.id, ["issued"])).map(({ currency, openMinor, count }) => ({ currency, openMinor, items: count })),
          }
        : {
            basis: "committed_payments",
            label: "Committed to this vendor and not paid yet (payments pending approval or approved)",
            lines: (await db.read.movements.totalsForCounterparty(actor.organizationId, counterparty.id, ["pending_approval", "approved"])).map(({ currency, totalMinor, count }) => ({ currency, openMinor: totalMinor, items: count })),
          };
    const listed = charges.map((charge) => ({ ...charge, openMinor: owedAmountOf(charge), allowedActions: chargeActions(actor, charge) }));
    return { counterparty, charges: listed, movements, balance, allowedActions: { update: verdict(permissionRefusal(actor.role, "counterparties.update")) } };
  },
});
