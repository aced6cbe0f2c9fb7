import { actorFor, createTestDatabase, createTestOrganization, expectFailure, type TestDatabase, type TestOrganization } from "@closebook/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listProposals } from "../queries/reconciliation-queries";
import { reconciliationBooks, reconciliationState, type ReconciliationBooks } from "../reconciliation/testing/reconciliation-fixture";
import { acceptSuggestions } from "./accept-suggestions";

let t: TestDatabase;
let org: TestOrganization;
let books: ReconciliationBooks;
let ref = 0;
const nextRef = () => `SUG-${++ref}`;

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 6 });
  org = await createTestOrganization(t.db);
  books = await reconciliationBooks(t.db, { controller: actorFor(org, "controller"), clerk: actorFor(org, "clerk") }, "DE89370400440532013000");
});
afterAll(() => t.destroy());

const clerk = () => actorFor(org, "clerk");
const state = () => reconciliationState(t.db, org.organizationId);

/** A ledger line and a statement line of the same amount whose remittance names the entry's number. */
async function pairNamingTheEntry(amount: bigint) {
  const item = await books.postBankLine(amount, "Invoice paid");
  const lineId = await books.importLines([{ amount, reference: nextRef(), remittance: `Payment ${item.entryNumber}` }]).then(([id]) => id ?? "");
  return { item, lineId };
}

describe("reconciliation.proposals and accept-suggestions", () => {
  it("proposes a line naming an entry's number with its amount, and accepting it records the proposal's score and reasons", async () => {
    const { item, lineId } = await pairNamingTheEntry(321_00n);
    const before = await state();
    const { proposals } = await listProposals(t.db, clerk(), { bankAccountId: books.bankAccountId });
    const proposal = proposals.find((p) => p.lineId === lineId);
    expect(proposal).toMatchObject({ action: "match", allocations: [{ itemId: item.journalLineId, amount: 321_00n }] });
    expect(proposal?.reasons.map((r) => r.code)).toContain("document_number");
    expect(await state()).toEqual(before);

    const result = await acceptSuggestions(t.db, clerk(), { bankAccountId: books.bankAccountId, statementLineId: lineId });
    expect(result.state.matches).toHaveLength(1);
    expect(result.state.matches[0]).toMatchObject({ method: "suggestion", score: proposal?.score, reasons: proposal?.reasons });
    expect(await t.db.prisma.bankStatementLine.findUniqueOrThrow({ where: { id: lineId } })).toMatchObject({ status: "matched", allocatedMinor: 321_00n });
    const after = await state();
    expect(after).toMatchObject({ matches: before.matches + 1, audits: before.audits + 1 });

    // The line is no longer proposed: accepting it again is refused and writes nothing.
    await expectFailure(acceptSuggestions(t.db, clerk(), { bankAccountId: books.bankAccountId, statementLineId: lineId }), "PROPOSAL_NOT_FOUND");
    expect(await state()).toEqual(after);
  });

  it("accepts every proposal at or above a tier; running it twice changes nothing the second time", async () => {
    await pairNamingTheEntry(45_00n);
    await pairNamingTheEntry(46_00n);
    const first = await acceptSuggestions(t.db, clerk(), { bankAccountId: books.bankAccountId, minTier: "suggestion" });
    expect(first.state.matches.length).toBeGreaterThanOrEqual(2);
    const after = await state();
    const second = await acceptSuggestions(t.db, clerk(), { bankAccountId: books.bankAccountId, minTier: "suggestion" });
    expect(second.state.matches).toHaveLength(0);
    expect(await state()).toMatchObject({ matches: after.matches, allocations: after.allocations, lineAllocated: after.lineAllocated, itemAllocated: after.itemAllocated });
  });

  it("refuses viewers and unknown bank accounts, writing nothing", async () => {
    const before = await state();
    await expectFailure(acceptSuggestions(t.db, actorFor(org, "viewer"), { bankAccountId: books.bankAccountId }), "NOT_PERMITTED");
    await expectFailure(acceptSuggestions(t.db, clerk(), { bankAccountId: "00000000-0000-4000-8000-000000000000" }), "BANK_ACCOUNT_NOT_FOUND");
    expect(await state()).toEqual(before);
  });

  it("replays a retry with the same idempotency key", async () => {
    const { lineId } = await pairNamingTheEntry(47_00n);
    const first = await acceptSuggestions(t.db, clerk(), { bankAccountId: books.bankAccountId, statementLineId: lineId }, { idempotencyKey: "accept-once" });
    const before = await state();
    const retry = await acceptSuggestions(t.db, clerk(), { bankAccountId: books.bankAccountId, statementLineId: lineId }, { idempotencyKey: "accept-once" });
    expect(retry.replayed).toBe(true);
    expect(retry.state.matches[0]?.id).toBe(first.state.matches[0]?.id);
    expect(await state()).toEqual(before);
  });

  it("two people accepting overlapping suggestions at the same moment never over-allocate: the later skips with a warning", async () => {
    const { item, lineId } = await pairNamingTheEntry(58_00n);
    const accept = (role: "clerk" | "controller") => acceptSuggestions(t.db, actorFor(org, role), { bankAccountId: books.bankAccountId, minTier: "suggestion" });
    const [a, b] = await Promise.all([accept("clerk"), accept("controller")]);
    const applied = [...a.state.matches, ...b.state.matches].filter((m) => m.allocations.some((x) => x.statementLineId === lineId));
    expect(applied).toHaveLength(1);
    const line = await t.db.prisma.bankStatementLine.findUniqueOrThrow({ where: { id: lineId } });
    expect(line).toMatchObject({ status: "matched", allocatedMinor: 58_00n });
    const total = await t.db.prisma.reconciledJournalLine.findUniqueOrThrow({ where: { journalLineId: item.journalLineId } });
    expect(total.allocatedMinor).toBe(58_00n);
    // The other either saw no proposal any more or skipped it with a warning; neither failed.
    const loser = a.state.matches.length > 0 ? b : a;
    expect(loser.state.matches).toHaveLength(0);
    if (loser.state.skippedLineIds.length > 0) expect(loser.warnings.map((w) => w.code)).toContain("PROPOSAL_SKIPPED");
  });
});
