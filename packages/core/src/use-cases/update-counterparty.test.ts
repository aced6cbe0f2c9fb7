import {
  actorFor,
  countSideEffects,
  createTestDatabase,
  createTestOrganization,
  expectDelta,
  expectRefused,
  fundAccount,
  seedLedger,
  type SeededLedger,
  type TestDatabase,
  type TestOrganization,
} from "@closebook/db/testing";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCounterparty } from "../queries/get-counterparty";
import { createAccount } from "./create-account";
import { createCharge } from "./create-charge";
import { createCounterparty } from "./create-counterparty";
import { issueCharge } from "./issue-charge";
import { issueCreditNote } from "./issue-credit-note";
import { postManualJournalEntry } from "./post-manual-journal-entry";
import { recordChargePayment } from "./record-charge-payment";
import { rejectMovement } from "./reject-movement";
import { requestMovement } from "./request-movement";
import { updateCounterparty } from "./update-counterparty";

let t: TestDatabase;
let org: TestOrganization;
let books: SeededLedger;

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 4 });
  org = await createTestOrganization(t.db);
  books = await seedLedger(t.db, org, { createAccount, createCounterparty });
  await fundAccount(t.db, org, postManualJournalEntry, { accountId: books.operatingBank.id, fromAccountId: books.equity.id, amountMinor: 100_000_00n });
});
afterAll(async () => {
  await t.destroy();
});

describe("update-counterparty", () => {
  it("changes the name and contact details, audited once", async () => {
    const { state: c } = await createCounterparty(t.db, actorFor(org, "clerk"), { kind: "customer", name: "Gamma GmbH", email: "old@gamma.example" });
    const before = await countSideEffects(t.db, org.organizationId);
    const result = await updateCounterparty(t.db, actorFor(org, "clerk"), { counterpartyId: c.id, name: "Gamma Handel GmbH", email: "ap@gamma.example", taxId: " DE123456789 " });
    expect(result.state).toMatchObject({ id: c.id, kind: "customer", name: "Gamma Handel GmbH", email: "ap@gamma.example", taxId: "DE123456789" });
    expect(result.message).toBe("Customer Gamma Handel GmbH saved (name, email, taxId changed).");
    expect(result.triggered).toEqual(["recorded audit event counterparty.updated"]);
    expectDelta(before, await countSideEffects(t.db, org.organizationId), { auditEvents: 1 });
    const [event] = await t.db.read.audit.list({ organizationId: org.organizationId, entityId: c.id, limit: 1 });
    expect(event).toMatchObject({ action: "counterparty.updated", before: { name: "Gamma GmbH" }, after: { name: "Gamma Handel GmbH" } });
    const same = await updateCounterparty(t.db, actorFor(org, "clerk"), { counterpartyId: c.id, name: "Gamma Handel GmbH", email: "ap@gamma.example", taxId: "DE123456789" });
    expect(same.message).toBe("Nothing to change: Gamma Handel GmbH already has these details.");
  });

  it("refuses the name another counterparty of the kind has with DUPLICATE_COUNTERPARTY; the other kind's name is fine", async () => {
    const { state: c } = await createCounterparty(t.db, actorFor(org, "clerk"), { kind: "customer", name: "Delta Ltd" });
    const error = await expectRefused(t.db, org.organizationId, () => updateCounterparty(t.db, actorFor(org, "clerk"), { counterpartyId: c.id, name: books.customer.name }), "DUPLICATE_COUNTERPARTY");
    expect(error.details).toEqual({ field: "name" });
    expect((await updateCounterparty(t.db, actorFor(org, "clerk"), { counterpartyId: c.id, name: books.vendor.name })).state.name).toBe(books.vendor.name);
  });

  it("refuses unknown ids with COUNTERPARTY_NOT_FOUND and viewers with NOT_PERMITTED", async () => {
    await expectRefused(t.db, org.organizationId, () => updateCounterparty(t.db, actorFor(org, "clerk"), { counterpartyId: randomUUID(), name: "Nobody" }), "COUNTERPARTY_NOT_FOUND");
    await expectRefused(t.db, org.organizationId, () => updateCounterparty(t.db, actorFor(org, "viewer"), { counterpartyId: books.customer.id, name: "Renamed" }), "NOT_PERMITTED");
  });

  it("replays a retry with the same key", async () => {
    const { state: c } = await createCounterparty(t.db, actorFor(org, "clerk"), { kind: "vendor", name: "Epsilon Inc" });
    const first = await updateCounterparty(t.db, actorFor(org, "clerk"), { counterpartyId: c.id, name: "Epsilon Incorporated" }, { idempotencyKey: "update-cp-1" });
    const before = await countSideEffects(t.db, org.organizationId);
    expect(await updateCounterparty(t.db, actorFor(org, "clerk"), { counterpartyId: c.id, name: "Epsilon Incorporated" }, { idempotencyKey: "update-cp-1" })).toEqual({ ...first, replayed: true });
    expect(await countSideEffects(t.db, org.organizationId)).toEqual(before);
  });
});

describe("get-counterparty", () => {
  it("a customer: its charges and its open receivable per currency from its issued charges (amount − paid − credited)", async () => {
    const clerk = actorFor(org, "clerk");
    const { state: customer } = await createCounterparty(t.db, clerk, { kind: "customer", name: "Zeta Shop" });
    const usdReceivable = (await createAccount(t.db, actorFor(org, "controller"), { code: "1210", name: "Receivable USD", type: "asset", currency: "USD" })).state;
    const usdRevenue = (await createAccount(t.db, actorFor(org, "controller"), { code: "4010", name: "Revenue USD", type: "revenue", currency: "USD" })).state;
    const charge = async (amountMinor: bigint, currency = "EUR") => {
      const [receivableAccountId, revenueAccountId] = currency === "EUR" ? [books.receivable.id, books.revenue.id] : [usdReceivable.id, usdRevenue.id];
      return (await createCharge(t.db, clerk, { customerId: customer.id, description: "Goods", currency, amountMinor, receivableAccountId, revenueAccountId })).state;
    };
    const issue = async (id: string) => (await issueCharge(t.db, clerk, { chargeId: id })).state;
    const a = await issue((await charge(300_00n)).id);
    await recordChargePayment(t.db, clerk, { chargeId: a.id, reference: "ZETA-1", amountMinor: 100_00n, bankAccountId: books.operatingBank.id }); // 200.00 open
    const b = await issue((await charge(100_00n)).id);
    await issueCreditNote(t.db, actorFor(org, "controller"), { chargeId: b.id, amountMinor: 30_00n, reason: "Discount" }); // 70.00 open
    const c = await issue((await charge(50_00n)).id);
    await recordChargePayment(t.db, clerk, { chargeId: c.id, reference: "ZETA-2", amountMinor: 50_00n, bankAccountId: books.operatingBank.id }); // paid: nothing open
    const d = await issue((await charge(40_00n)).id);
    await issueCreditNote(t.db, actorFor(org, "controller"), { chargeId: d.id, reason: "Returned" }); // credited: nothing open
    await charge(999_00n); // a draft is not owed yet
    await issue((await charge(12_34n, "USD")).id);

    const detail = await getCounterparty(t.db, actorFor(org, "viewer"), { counterpartyId: customer.id });
    expect(detail.counterparty).toEqual(customer);
    expect(detail.charges).toHaveLength(6);
    expect(detail.charges.every((x) => x.customerName === "Zeta Shop")).toBe(true);
    // The charges as the charges list shows them: open amounts and the viewer's verdicts.
    expect(detail.charges.map((x) => x.openMinor).sort()).toEqual([200_00n, 70_00n, 0n, 0n, null, 12_34n].sort());
    expect(detail.charges.every((x) => !x.allowedActions.issue.allowed)).toBe(true);
    expect(detail.movements).toEqual([]);
    expect(detail.balance).toEqual({
      basis: "open_charges",
      label: "Open on issued charges (amount less payments and credit notes)",
      lines: [
        { currency: "EUR", openMinor: 270_00n, items: 2 },
        { currency: "USD", openMinor: 12_34n, items: 1 },
      ],
    });
    expect(detail.allowedActions).toEqual({ update: { allowed: false, code: "NOT_PERMITTED", reason: "A viewer may not do this (counterparties.update needs clerk or above)." } });
    expect((await getCounterparty(t.db, clerk, { counterpartyId: customer.id })).allowedActions.update).toEqual({ allowed: true });
  });

  it("a vendor: its movements and the payments committed to it and not posted yet", async () => {
    const clerk = actorFor(org, "clerk");
    const { state: vendor } = await createCounterparty(t.db, clerk, { kind: "vendor", name: "Eta Services" });
    const pay = async (amountMinor: bigint) =>
      (await requestMovement(t.db, clerk, { kind: "vendor_payment", description: "Services", amountMinor, sourceAccountId: books.operatingBank.id, destinationAccountId: books.expenses.id, counterpartyId: vendor.id })).state;
    await pay(500_00n);
    await pay(250_00n);
    const rejected = await pay(999_00n);
    await rejectMovement(t.db, actorFor(org, "approver"), { movementId: rejected.id, reason: "Not agreed" });
    const detail = await getCounterparty(t.db, actorFor(org, "viewer"), { counterpartyId: vendor.id });
    expect(detail.charges).toEqual([]);
    expect(detail.movements.map((m) => m.amountMinor)).toEqual([999_00n, 250_00n, 500_00n]);
    expect(detail.balance).toEqual({ basis: "committed_payments", label: "Committed to this vendor and not paid yet (payments pending approval or approved)", lines: [{ currency: "EUR", openMinor: 750_00n, items: 2 }] });
  });

  it("refuses an unknown or another organization's counterparty with COUNTERPARTY_NOT_FOUND", async () => {
    const other = await createTestOrganization(t.db, ["clerk"], "Other Org");
    const { state: foreign } = await createCounterparty(t.db, actorFor(other, "clerk"), { kind: "customer", name: "Theirs" });
    for (const counterpartyId of [randomUUID(), foreign.id]) {
      await expect(getCounterparty(t.db, actorFor(org, "viewer"), { counterpartyId })).rejects.toMatchObject({ code: "COUNTERPARTY_NOT_FOUND" });
    }
  });
});
