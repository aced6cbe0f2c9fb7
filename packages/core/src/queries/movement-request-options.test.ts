import { actorFor, createTestDatabase, createTestOrganization, expectRefused, seedLedger, type SeededLedger, type TestDatabase, type TestOrganization } from "@closebook/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "../use-cases/create-account";
import { createCounterparty } from "../use-cases/create-counterparty";
import { requestMovement } from "../use-cases/request-movement";
import { getMovementRequestOptions } from "./movement-request-options";

let t: TestDatabase;
let org: TestOrganization;
let books: SeededLedger;

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 4 });
  org = await createTestOrganization(t.db, ["viewer", "clerk", "controller", "admin"]);
  books = await seedLedger(t.db, org, { createAccount, createCounterparty });
});
afterAll(() => t.destroy());

const code = (options: Awaited<ReturnType<typeof getMovementRequestOptions>>, id: string | null) => options.accounts.find((a) => a.id === id)?.code ?? null;

describe("movement-request-options", () => {
  it("offers the bank accounts as sources and, per kind, the destinations request-movement accepts", async () => {
    const options = await getMovementRequestOptions(t.db, actorFor(org, "clerk"));
    expect(options.sources.map((s) => code(options, s.accountId))).toEqual(["1010", "1020", "1090"]);
    expect(code(options, options.defaultSourceId)).toBe("1010");
    const operating = options.sources.find((s) => s.accountId === books.operatingBank.id);
    if (!operating) throw new Error("no operating bank");
    // A vendor payment: the payable or an expense in the same currency; a transfer: another bank account in the same currency.
    expect(operating.destinations.vendor_payment.map((id) => code(options, id))).toEqual(["2000", "6000"]);
    expect(operating.destinations.transfer.map((id) => code(options, id))).toEqual(["1020"]);
    expect(code(options, operating.defaultDestinationId.vendor_payment)).toBe("2000");
    expect(code(options, operating.defaultDestinationId.transfer)).toBe("1020");
    // The dollar bank has no other dollar account: nothing fits.
    const dollars = options.sources.find((s) => s.accountId === books.dollarBank.id);
    expect(dollars?.destinations).toEqual({ vendor_payment: [], transfer: [] });
    expect(dollars?.defaultDestinationId).toEqual({ vendor_payment: null, transfer: null });
  });

  it("offers only accounts request-movement then accepts, and leaves out what it refuses", async () => {
    const clerk = actorFor(org, "clerk");
    const options = await getMovementRequestOptions(t.db, clerk);
    const operating = options.sources.find((s) => s.accountId === books.operatingBank.id);
    if (!operating) throw new Error("no operating bank");
    const requested = await requestMovement(t.db, clerk, {
      kind: "transfer",
      description: "Top up the reserve",
      amountMinor: 1_00n,
      sourceAccountId: operating.accountId,
      destinationAccountId: operating.defaultDestinationId.transfer ?? "",
    });
    expect(requested.state.status).toBe("pending_approval");
    expect(operating.destinations.vendor_payment).not.toContain(books.receivable.id);
    await expectRefused(
      t.db,
      org.organizationId,
      () => requestMovement(t.db, clerk, { kind: "vendor_payment", description: "Not a payable", amountMinor: 1_00n, sourceAccountId: operating.accountId, destinationAccountId: books.receivable.id, counterpartyId: books.vendor.id }),
      "ACCOUNT_NOT_USABLE",
    );
  });

  it("refuses a viewer, who may not request movements", async () => {
    await expectRefused(t.db, org.organizationId, () => getMovementRequestOptions(t.db, actorFor(org, "viewer")), "NOT_PERMITTED");
  });
});
