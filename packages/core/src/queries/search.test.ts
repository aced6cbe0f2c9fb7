import { actorFor, createTestDatabase, createTestOrganization, fundAccount, seedLedger, type SeededLedger, type TestDatabase, type TestOrganization } from "@closebook/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { createAccount } from "../use-cases/create-account";
import { createCharge } from "../use-cases/create-charge";
import { createCounterparty } from "../use-cases/create-counterparty";
import { issueCharge } from "../use-cases/issue-charge";
import { postManualJournalEntry } from "../use-cases/post-manual-journal-entry";
import { requestMovement } from "../use-cases/request-movement";
import { search } from "./search";

let t: TestDatabase;
let mine: TestOrganization;
let theirs: TestOrganization;
let books: SeededLedger;
let theirBooks: SeededLedger;

async function fill(org: TestOrganization, ledger: SeededLedger, label: string) {
  const clerk = actorFor(org, "clerk");
  const { state: orion } = await createCounterparty(t.db, clerk, { kind: "customer", name: `Orion ${label}` });
  const charge = async (description: string, customerId = ledger.customer.id) =>
    (await createCharge(t.db, clerk, { customerId, description, currency: "EUR", amountMinor: 120_00n, receivableAccountId: ledger.receivable.id, revenueAccountId: ledger.revenue.id })).state;
  const issued = (await issueCharge(t.db, clerk, { chargeId: (await charge("Orion telescope rental")).id })).state;
  await charge("Maintenance", orion.id);
  const movement = (await requestMovement(t.db, clerk, { kind: "transfer", description: "Savings for Orion project", amountMinor: 10_00n, sourceAccountId: ledger.operatingBank.id, destinationAccountId: ledger.reserveBank.id })).state;
  await fundAccount(t.db, org, postManualJournalEntry, { accountId: ledger.operatingBank.id, fromAccountId: ledger.equity.id, amountMinor: 1_000_00n });
  const entry = (await postManualJournalEntry(t.db, actorFor(org, "controller"), { effectiveDate: new Date(), memo: "Orion accrual", lines: [{ accountId: ledger.expenses.id, debitMinor: 5_00n }, { accountId: ledger.payable.id, creditMinor: 5_00n }] })).state;
  return { orion, issued, movement, entry };
}

let found: Awaited<ReturnType<typeof fill>>;
let theirFound: Awaited<ReturnType<typeof fill>>;

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 4 });
  mine = await createTestOrganization(t.db);
  theirs = await createTestOrganization(t.db, ["clerk", "controller"], "Their Org");
  books = await seedLedger(t.db, mine, { createAccount, createCounterparty });
  theirBooks = await seedLedger(t.db, theirs, { createAccount, createCounterparty });
  found = await fill(mine, books, "Mine");
  theirFound = await fill(theirs, theirBooks, "Theirs");
});
afterAll(async () => {
  await t.destroy();
});

describe("search", () => {
  it("finds charges, movements, counterparties and journal entries of the caller's organization only, ranked", async () => {
    const { term, results } = await search(t.db, actorFor(mine, "viewer"), { term: "  orion " });
    expect(term).toBe("orion");
    const theirIds = new Set([theirFound.orion.id, theirFound.issued.id, theirFound.movement.id, theirFound.entry.id]);
    expect(results.filter((r) => theirIds.has(r.id))).toEqual([]);
    expect(results).toEqual([
      // Title starts with the term (60): a charge before a counterparty (type order).
      { type: "charge", id: found.issued.id, title: `${found.issued.number} — Orion telescope rental`, subtitle: "Acme Retail · 120.00 EUR · Issued", link: `/charges/${found.issued.id}` },
      { type: "counterparty", id: found.orion.id, title: "Orion Mine", subtitle: "Customer", link: `/counterparties/${found.orion.id}` },
      { type: "journal_entry", id: found.entry.id, title: `${found.entry.number} — Orion accrual`, subtitle: "Journal entry · Manual", link: `/ledger/entries/${found.entry.id}` },
      // A word of the title starts with it (50).
      { type: "movement", id: found.movement.id, title: `${found.movement.number} — Savings for Orion project`, subtitle: "Transfer · 10.00 EUR · Pending approval", link: `/movements/${found.movement.id}` },
      { type: "journal_entry", id: found.issued.issuedEntryId, title: expect.stringMatching(new RegExp(`^JE-\\d{4}-\\d{6} — Charge ${found.issued.number}: Orion telescope rental$`)), subtitle: "Journal entry · Charge issued", link: `/ledger/entries/${found.issued.issuedEntryId}` },
      // Only the customer's name holds it (20): the draft charge to Orion Mine.
      expect.objectContaining({ type: "charge", title: "Draft charge — Maintenance", subtitle: "Orion Mine · 120.00 EUR · Draft" }),
    ]);
  });

  it("ranks an exact document number first and limits each type", async () => {
    const { results } = await search(t.db, actorFor(mine, "viewer"), { term: found.issued.number ?? "" });
    expect(results[0]).toMatchObject({ type: "charge", id: found.issued.id });
    const limited = await search(t.db, actorFor(mine, "viewer"), { term: "orion", limitPerType: 1 });
    expect(limited.results.map((r) => r.type)).toEqual(["charge", "counterparty", "journal_entry", "movement"]);
    // Their own organization sees its own rows.
    expect((await search(t.db, actorFor(theirs, "clerk"), { term: "Orion Theirs" })).results.map((r) => r.id)).toEqual([theirFound.orion.id, expect.any(String)]);
  });

  it("treats wildcards as text and refuses a blank or one-letter term as invalid input", async () => {
    expect((await search(t.db, actorFor(mine, "viewer"), { term: "%%" })).results).toEqual([]);
    expect((await search(t.db, actorFor(mine, "viewer"), { term: "__" })).results).toEqual([]);
    await expect(search(t.db, actorFor(mine, "viewer"), { term: " \u200b " })).rejects.toBeInstanceOf(ZodError);
    await expect(search(t.db, actorFor(mine, "viewer"), { term: "o" })).rejects.toBeInstanceOf(ZodError);
  });
});
