import { actorFor, createTestDatabase, createTestOrganization, expectFailure, type TestDatabase, type TestOrganization } from "@closebook/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "../use-cases/create-account";
import { postManualJournalEntry } from "../use-cases/post-manual-journal-entry";
import { getDashboard } from "./dashboard-query";

let t: TestDatabase;
let org: TestOrganization;
const ids = { bank: "", unwatched: "", equity: "", expenses: "", receivable: "" };

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 4 });
  org = await createTestOrganization(t.db, ["viewer", "controller"]);
  const controller = actorFor(org, "controller");
  const open = async (input: Parameters<typeof createAccount>[2]) => (await createAccount(t.db, controller, input)).state.id;
  ids.bank = await open({ code: "1010", name: "Operating bank", type: "asset", currency: "EUR", isBankAccount: true, minimumBalanceMinor: 1_000_00n });
  ids.unwatched = await open({ code: "1020", name: "Petty cash bank", type: "asset", currency: "EUR", isBankAccount: true });
  // A minimum on an account that is not a bank account: not part of the dashboard's cash.
  ids.receivable = await open({ code: "1200", name: "Receivables", type: "asset", currency: "EUR", minimumBalanceMinor: 50_00n });
  ids.equity = await open({ code: "3000", name: "Owner's equity", type: "equity", currency: "EUR" });
  ids.expenses = await open({ code: "6000", name: "Operating expenses", type: "expense", currency: "EUR" });
});
afterAll(async () => {
  await t.destroy();
});

/** Moves money with a manual entry, as the controller: DR `to` / CR `from`. */
async function move(fromAccountId: string, toAccountId: string, amountMinor: bigint) {
  await postManualJournalEntry(t.db, actorFor(org, "controller"), {
    effectiveDate: new Date(),
    memo: "Test movement",
    lines: [
      { accountId: toAccountId, debitMinor: amountMinor },
      { accountId: fromAccountId, creditMinor: amountMinor },
    ],
  });
}

const dashboard = () => getDashboard(t.db, actorFor(org, "viewer"));
const bank = async (id: string) => {
  const found = (await dashboard()).bankBalances.find((b) => b.id === id);
  if (!found) throw new Error(`bank account ${id} is not on the dashboard`);
  return found;
};

describe("getDashboard: bank accounts below their minimum balance", () => {
  it("judges a shortfall exactly when the balance is below the minimum, and only for bank accounts with a minimum", async () => {
    // Nothing in the bank yet: the whole minimum is missing.
    let summary = await dashboard();
    expect(summary.bankBalances.map((b) => b.code)).toEqual(["1010", "1020"]);
    expect(await bank(ids.bank)).toMatchObject({ balanceMinor: 0n, displayBalanceMinor: 0n, minimumBalanceMinor: 1_000_00n, shortfallMinor: 1_000_00n });
    expect(summary.bankAccountsBelowMinimum).toBe(1);
    expect(summary.warnings).toEqual([{ code: "BELOW_MINIMUM_BALANCE", message: "Operating bank is 1,000.00 EUR below its minimum balance of 1,000.00 EUR." }]);
    expect((await bank(ids.bank)).warning).toEqual(summary.warnings[0]);

    // Exactly at the minimum: not below it.
    await move(ids.equity, ids.bank, 1_000_00n);
    summary = await dashboard();
    expect(await bank(ids.bank)).toMatchObject({ balanceMinor: 1_000_00n, displayBalanceMinor: 1_000_00n, shortfallMinor: null, warning: null });
    expect(summary.bankAccountsBelowMinimum).toBe(0);
    expect(summary.warnings).toEqual([]);

    // One cent out: below by one cent.
    await move(ids.bank, ids.expenses, 1n);
    summary = await dashboard();
    expect(await bank(ids.bank)).toMatchObject({ balanceMinor: 999_99n, shortfallMinor: 1n });
    expect(summary.bankAccountsBelowMinimum).toBe(1);
    expect(summary.warnings.map((w) => w.message)).toEqual(["Operating bank is 0.01 EUR below its minimum balance of 1,000.00 EUR."]);

    // Back above it.
    await move(ids.equity, ids.bank, 10_00n);
    expect(await bank(ids.bank)).toMatchObject({ balanceMinor: 1_009_99n, shortfallMinor: null, warning: null });
    expect((await dashboard()).warnings).toEqual([]);
  });

  it("never warns for a bank account without a minimum, even overdrawn, and shows the balance on its normal side", async () => {
    await move(ids.unwatched, ids.expenses, 25_00n);
    const summary = await dashboard();
    expect(await bank(ids.unwatched)).toMatchObject({ balanceMinor: -25_00n, displayBalanceMinor: -25_00n, minimumBalanceMinor: null, shortfallMinor: null, warning: null });
    // The receivable is below its own minimum, but it is not cash: the dashboard does not list it.
    expect(summary.bankBalances.some((b) => b.id === ids.receivable)).toBe(false);
    expect(summary.warnings.filter((w) => w.message.startsWith("Petty cash bank") || w.message.startsWith("Receivables"))).toEqual([]);
  });

  it("shows each organization its own bank accounts, and refuses a caller without a role it knows", async () => {
    const outsider = await createTestOrganization(t.db, ["viewer"]);
    const summary = await getDashboard(t.db, actorFor(outsider, "viewer"));
    expect(summary.bankBalances).toEqual([]);
    await expectFailure(getDashboard(t.db, { ...actorFor(org, "viewer"), role: "nobody" as never }), "NOT_PERMITTED");
  });
});
