import { actorFor, createTestDatabase, createTestOrganization, expectFailure, fundAccount, seedLedger, type SeededLedger, type TestDatabase, type TestOrganization } from "@closebook/db/testing";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assessFunds } from "../ledger/available-balance";
import { creditNormalTypes, displayBalanceMinor, normalSideOf } from "../ledger/normal-balance";
import { approveMovement } from "../use-cases/approve-movement";
import { createAccount } from "../use-cases/create-account";
import { createCounterparty } from "../use-cases/create-counterparty";
import { postManualJournalEntry } from "../use-cases/post-manual-journal-entry";
import { requestMovement } from "../use-cases/request-movement";
import { getAvailableBalance } from "./available-balance-query";
import { getMovement, listApprovalInbox } from "./movement-queries";

let t: TestDatabase;
let org: TestOrganization;
let other: TestOrganization;
let books: SeededLedger;

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 4 });
  org = await createTestOrganization(t.db, ["viewer", "clerk", "approver", "approver", "controller", "admin"]);
  other = await createTestOrganization(t.db, ["viewer"]);
  books = await seedLedger(t.db, org, { createAccount, createCounterparty });
  await fundAccount(t.db, org, postManualJournalEntry, { accountId: books.operatingBank.id, fromAccountId: books.equity.id, amountMinor: 1_000_00n });
});
afterAll(async () => {
  await t.destroy();
});

const pay = (amountMinor: bigint) =>
  requestMovement(t.db, actorFor(org, "clerk"), {
    kind: "vendor_payment",
    description: "Office paper",
    amountMinor,
    sourceAccountId: books.operatingBank.id,
    destinationAccountId: books.expenses.id,
    counterpartyId: books.vendor.id,
  });

describe("getAvailableBalance", () => {
  it("is the balance less the movements awaiting approval, for any member who reads accounts", async () => {
    const before = await getAvailableBalance(t.db, actorFor(org, "viewer"), { accountId: books.operatingBank.id });
    expect(before).toMatchObject({ accountId: books.operatingBank.id, code: "1010", currency: "EUR", balanceMinor: 1_000_00n, pendingMinor: 0n, availableMinor: 1_000_00n, minimumBalanceMinor: null });

    const requested = await pay(300_00n);
    const pending = await getAvailableBalance(t.db, actorFor(org, "viewer"), { accountId: books.operatingBank.id });
    expect(pending).toMatchObject({ balanceMinor: 1_000_00n, pendingMinor: 300_00n, availableMinor: 700_00n });

    // Once posted, the money has left: the balance drops and nothing is pending any more.
    await approveMovement(t.db, actorFor(org, "approver"), { movementId: requested.state.id }, { idempotencyKey: randomUUID() });
    expect((await getMovement(t.db, actorFor(org, "viewer"), { movementId: requested.state.id })).movement.status).toBe("posted");
    expect(await getAvailableBalance(t.db, actorFor(org, "viewer"), { accountId: books.operatingBank.id })).toMatchObject({ balanceMinor: 700_00n, pendingMinor: 0n, availableMinor: 700_00n });
  });

  it("does not find another organization's account, nor an unknown one", async () => {
    await expectFailure(getAvailableBalance(t.db, actorFor(other, "viewer"), { accountId: books.operatingBank.id }), "ACCOUNT_NOT_FOUND");
    await expectFailure(getAvailableBalance(t.db, actorFor(org, "viewer"), { accountId: randomUUID() }), "ACCOUNT_NOT_FOUND");
  });

  it("agrees with the funds rule of the request: the warning the form predicts is the one the request returns", async () => {
    const balance = await getAvailableBalance(t.db, actorFor(org, "clerk"), { accountId: books.operatingBank.id });
    const amountMinor = balance.availableMinor + 50_00n;
    const predicted = assessFunds(balance, balance.availableMinor, amountMinor);
    expect(predicted.shortfallMinor).toBe(50_00n);
    expect(predicted.afterMinor).toBe(-50_00n);
    const requested = await pay(amountMinor);
    expect(requested.warnings).toContainEqual(predicted.shortfall);
  });
});

describe("warnings stored with the movement", () => {
  it("are shown to its approvers: in the inbox and on the movement's page, as the requester saw them", async () => {
    const balance = await getAvailableBalance(t.db, actorFor(org, "clerk"), { accountId: books.operatingBank.id });
    const requested = await pay((balance.availableMinor > 0n ? balance.availableMinor : 0n) + 1_00n);
    expect(requested.warnings.map((w) => w.code)).toContain("INSUFFICIENT_AVAILABLE_BALANCE");
    expect(requested.state.warnings).toEqual(requested.warnings);

    const inbox = await listApprovalInbox(t.db, actorFor(org, "approver"));
    expect(inbox.find((m) => m.id === requested.state.id)?.warnings).toEqual(requested.warnings);
    const detail = await getMovement(t.db, actorFor(org, "approver"), { movementId: requested.state.id });
    expect(detail.movement.warnings).toEqual(requested.warnings);
  });

  it("are empty for a movement that warned of nothing", async () => {
    await fundAccount(t.db, org, postManualJournalEntry, { accountId: books.reserveBank.id, fromAccountId: books.equity.id, amountMinor: 500_00n });
    const requested = await requestMovement(t.db, actorFor(org, "clerk"), {
      kind: "transfer",
      description: "Top up operating",
      amountMinor: 10_00n,
      sourceAccountId: books.reserveBank.id,
      destinationAccountId: books.operatingBank.id,
    });
    expect(requested.warnings).toEqual([]);
    expect((await getMovement(t.db, actorFor(org, "viewer"), { movementId: requested.state.id })).movement.warnings).toEqual([]);
  });
});

describe("assessFunds", () => {
  const account = { name: "Operating bank", currency: "EUR", minimumBalanceMinor: null, minimumBalancePolicy: "warn" as const };

  it("warns only below the minimum (zero when none), with how far below", () => {
    expect(assessFunds(account, 100_00n, 100_00n)).toMatchObject({ afterMinor: 0n, shortfallMinor: 0n, shortfall: null, blocks: false });
    expect(assessFunds(account, 100_00n, 100_01n)).toMatchObject({ afterMinor: -1n, shortfallMinor: 1n, shortfall: { code: "INSUFFICIENT_AVAILABLE_BALANCE" } });
    expect(assessFunds({ ...account, minimumBalanceMinor: 50_00n, minimumBalancePolicy: "block" }, 100_00n, 60_00n)).toMatchObject({
      afterMinor: 40_00n,
      shortfallMinor: 10_00n,
      shortfall: { code: "BELOW_MINIMUM_BALANCE" },
      blocks: true,
    });
  });
});

describe("normal balances", () => {
  it("liability, equity and revenue are credit-normal; asset and expense debit-normal", () => {
    expect(creditNormalTypes).toEqual(["liability", "equity", "revenue"]);
    expect((["asset", "liability", "equity", "revenue", "expense"] as const).map(normalSideOf)).toEqual(["debit", "credit", "credit", "credit", "debit"]);
  });

  it("show positive on the normal side: a credit-normal account in credit (stored negative) shows positive", () => {
    expect(displayBalanceMinor("revenue", -250_00n)).toBe(250_00n);
    expect(displayBalanceMinor("liability", 10_00n)).toBe(-10_00n);
    expect(displayBalanceMinor("asset", 250_00n)).toBe(250_00n);
    expect(displayBalanceMinor("expense", -1n)).toBe(-1n);
    expect(displayBalanceMinor("equity", 0n)).toBe(0n);
  });
});
