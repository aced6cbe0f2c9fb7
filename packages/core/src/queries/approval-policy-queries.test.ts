import {
  actorFor,
  createTestDatabase,
  createTestOrganization,
  expectFailure,
  fundAccount,
  seedLedger,
  type SeededLedger,
  type TestDatabase,
  type TestOrganization,
} from "@closebook/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { createAccount } from "../use-cases/create-account";
import { createCounterparty } from "../use-cases/create-counterparty";
import { postManualJournalEntry } from "../use-cases/post-manual-journal-entry";
import { requestMovement } from "../use-cases/request-movement";
import { updateApprovalPolicy } from "../use-cases/update-approval-policy";
import { getApprovalPolicy, getApprovalRequirement } from "./approval-policy-queries";

let t: TestDatabase;
let strictOrg: TestOrganization;
let strictBooks: SeededLedger;
let laxOrg: TestOrganization;
let laxBooks: SeededLedger;

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 4 });
  strictOrg = await createTestOrganization(t.db, undefined, "Strict Org");
  strictBooks = await seedLedger(t.db, strictOrg, { createAccount, createCounterparty });
  laxOrg = await createTestOrganization(t.db, undefined, "Lax Org");
  laxBooks = await seedLedger(t.db, laxOrg, { createAccount, createCounterparty });
  await fundAccount(t.db, strictOrg, postManualJournalEntry, { accountId: strictBooks.operatingBank.id, fromAccountId: strictBooks.equity.id, amountMinor: 1_000_000_00n });
  await updateApprovalPolicy(t.db, actorFor(strictOrg, "admin"), {
    currency: "EUR",
    bands: [
      { upToMinor: 100_00n, requiredApprovals: 1, minimumRole: "approver" },
      { upToMinor: 5_000_00n, requiredApprovals: 1, minimumRole: "controller" },
      { upToMinor: null, requiredApprovals: 3, minimumRole: "approver", requiresController: true },
    ],
  });
  await updateApprovalPolicy(t.db, actorFor(laxOrg, "admin"), {
    currency: "EUR",
    bands: [
      { upToMinor: 250_000_00n, requiredApprovals: 1, minimumRole: "approver" },
      { upToMinor: null, requiredApprovals: 2, minimumRole: "controller", requiresController: true },
    ],
  });
});
afterAll(() => t.destroy());

const requirement = (org: TestOrganization, amountMinor: bigint, currency = "EUR") => getApprovalRequirement(t.db, actorFor(org, "clerk"), { currency, amountMinor });

describe("approval-requirement", () => {
  it.each([
    [100_00n, "up to 100.00 EUR", 1, "approver", false],
    [100_01n, "up to 5,000.00 EUR", 1, "controller", false],
    [5_000_00n, "up to 5,000.00 EUR", 1, "controller", false],
    [5_000_01n, "above 5,000.00 EUR", 3, "approver", true],
  ] as const)("strict organization, %s minor units: %s", async (amountMinor, bandLabel, requiredApprovals, minimumRole, requiresController) => {
    expect(await requirement(strictOrg, amountMinor)).toEqual({ currency: "EUR", amountMinor, bandLabel, requiredApprovals, minimumRole, requiresController, isDefault: false });
  });

  it.each([
    [100_01n, "up to 250,000.00 EUR", 1, "approver", false],
    [250_000_00n, "up to 250,000.00 EUR", 1, "approver", false],
    [250_000_01n, "above 250,000.00 EUR", 2, "controller", true],
  ] as const)("lax organization, %s minor units: %s", async (amountMinor, bandLabel, requiredApprovals, minimumRole, requiresController) => {
    expect(await requirement(laxOrg, amountMinor)).toEqual({ currency: "EUR", amountMinor, bandLabel, requiredApprovals, minimumRole, requiresController, isDefault: false });
  });

  it("uses the default bands for a currency without bands of its own, at each default limit and one above", async () => {
    const at = async (amountMinor: bigint) => {
      const r = await requirement(strictOrg, amountMinor, "USD");
      return [r.bandLabel, r.requiredApprovals, r.requiresController, r.isDefault];
    };
    expect(await at(1_000_00n)).toEqual(["up to 1,000.00 USD", 1, false, true]);
    expect(await at(1_000_01n)).toEqual(["up to 50,000.00 USD", 2, false, true]);
    expect(await at(50_000_00n)).toEqual(["up to 50,000.00 USD", 2, false, true]);
    expect(await at(50_000_01n)).toEqual(["above 50,000.00 USD", 2, true, true]);
  });

  it("is what request-movement then asks for", async () => {
    for (const amountMinor of [100_00n, 100_01n, 5_000_01n]) {
      const predicted = await getApprovalRequirement(t.db, actorFor(strictOrg, "clerk"), { sourceAccountId: strictBooks.operatingBank.id, amountMinor });
      const requested = await requestMovement(t.db, actorFor(strictOrg, "clerk"), {
        kind: "vendor_payment",
        description: "Boundary check",
        amountMinor,
        sourceAccountId: strictBooks.operatingBank.id,
        destinationAccountId: strictBooks.expenses.id,
        counterpartyId: strictBooks.vendor.id,
      });
      expect(requested.state).toMatchObject({ requiredApprovals: predicted.requiredApprovals, minimumApproverRole: predicted.minimumRole, requiresController: predicted.requiresController });
      expect(requested.message).toContain(`(${predicted.bandLabel})`);
    }
  });

  it("takes the currency from the source account, and refuses another organization's account or a different currency", async () => {
    expect((await getApprovalRequirement(t.db, actorFor(laxOrg, "viewer"), { sourceAccountId: laxBooks.dollarBank.id, amountMinor: 1_000_01n })).currency).toBe("USD");
    await expectFailure(getApprovalRequirement(t.db, actorFor(laxOrg, "clerk"), { sourceAccountId: strictBooks.operatingBank.id, amountMinor: 1n }), "ACCOUNT_NOT_FOUND");
    await expectFailure(getApprovalRequirement(t.db, actorFor(laxOrg, "clerk"), { sourceAccountId: laxBooks.operatingBank.id, currency: "USD", amountMinor: 1n }), "CURRENCY_MISMATCH");
    await expect(getApprovalRequirement(t.db, actorFor(laxOrg, "clerk"), { amountMinor: 1n })).rejects.toBeInstanceOf(ZodError);
    await expect(getApprovalRequirement(t.db, actorFor(laxOrg, "clerk"), { currency: "EUR", amountMinor: 0n })).rejects.toBeInstanceOf(ZodError);
  });
});

describe("get-approval-policy", () => {
  it("lists each organization's own bands in order, and the defaults for a currency it has not set", async () => {
    const policy = await getApprovalPolicy(t.db, actorFor(strictOrg, "viewer"));
    expect(policy.map((p) => [p.currency, p.isDefault, p.bands.map((b) => b.upToMinor)])).toEqual([
      ["EUR", false, [100_00n, 5_000_00n, null]],
      ["USD", true, [1_000_00n, 50_000_00n, null]],
    ]);
    expect((await getApprovalPolicy(t.db, actorFor(laxOrg, "viewer")))[0]?.bands.map((b) => b.upToMinor)).toEqual([250_000_00n, null]);
  });
});
