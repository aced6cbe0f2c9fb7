import { actorFor, createTestDatabase, createTestOrganization, expectFailure, type TestDatabase, type TestOrganization } from "@closebook/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listOpenItems } from "../queries/reconciliation-queries";
import { reconciliationBooks, reconciliationState, type ReconciliationBooks } from "../reconciliation/testing/reconciliation-fixture";
import { matchStatementLinesByHand } from "./match-statement-lines-by-hand";
import { unmatch } from "./unmatch";

let t: TestDatabase;
let org: TestOrganization;
let books: ReconciliationBooks;
let ref = 0;

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 6 });
  org = await createTestOrganization(t.db);
  books = await reconciliationBooks(t.db, { controller: actorFor(org, "controller"), clerk: actorFor(org, "clerk") }, "DE89370400440532013000");
});
afterAll(() => t.destroy());

const clerk = () => actorFor(org, "clerk");
const state = () => reconciliationState(t.db, org.organizationId);

async function matched(amount: bigint) {
  const lineId = await books.importLine(amount, `UN-${++ref}`);
  const item = await books.postBankLine(amount);
  const match = await matchStatementLinesByHand(t.db, clerk(), {
    bankAccountId: books.bankAccountId,
    lines: [{ statementLineId: lineId, amountMinor: amount }],
    items: [{ journalLineId: item.journalLineId, amountMinor: amount }],
  });
  return { lineId, item, matchId: match.state.id };
}

describe("unmatch", () => {
  it("releases both sides, puts the line back to unreconciled, keeps the match as undone, and audits", async () => {
    const { lineId, item, matchId } = await matched(64_00n);
    const before = await state();
    const result = await unmatch(t.db, clerk(), { matchId });
    expect(result.state).toMatchObject({ status: "undone", undoneBy: clerk().userId });
    expect(await t.db.prisma.bankStatementLine.findUniqueOrThrow({ where: { id: lineId } })).toMatchObject({ status: "unreconciled", allocatedMinor: 0n });
    const open = await listOpenItems(t.db, clerk(), { bankAccountId: books.bankAccountId });
    expect(open.find((i) => i.id === item.journalLineId)).toMatchObject({ openAmount: 64_00n });
    const after = await state();
    expect(after).toMatchObject({ matches: before.matches, active: before.active - 1, matched: before.matched - 1, audits: before.audits + 1 });
    expect(before.lineAllocated - after.lineAllocated).toBe(64_00n);
    expect(before.itemAllocated - after.itemAllocated).toBe(64_00n);
    // The released line and item can be matched again.
    await matchStatementLinesByHand(t.db, clerk(), {
      bankAccountId: books.bankAccountId,
      lines: [{ statementLineId: lineId, amountMinor: 64_00n }],
      items: [{ journalLineId: item.journalLineId, amountMinor: 64_00n }],
    });
  });

  it("refuses an undone match, an unknown match and a viewer, writing nothing", async () => {
    const { matchId } = await matched(11_00n);
    await unmatch(t.db, clerk(), { matchId });
    const before = await state();
    await expectFailure(unmatch(t.db, clerk(), { matchId }), "MATCH_ALREADY_UNDONE");
    await expectFailure(unmatch(t.db, clerk(), { matchId: "00000000-0000-4000-8000-000000000000" }), "MATCH_NOT_FOUND");
    const other = await matched(12_00n);
    const withOther = await state();
    await expectFailure(unmatch(t.db, actorFor(org, "viewer"), { matchId: other.matchId }), "NOT_PERMITTED");
    expect(await state()).toEqual(withOther);
    expect(withOther.matches).toBe(before.matches + 1);
  });

  it("replays a retry with the same key, and two people undoing at once release the allocation once", async () => {
    const { matchId } = await matched(13_00n);
    const first = await unmatch(t.db, clerk(), { matchId }, { idempotencyKey: "undo-once" });
    const retry = await unmatch(t.db, clerk(), { matchId }, { idempotencyKey: "undo-once" });
    expect(retry.replayed).toBe(true);
    expect(retry.state.id).toBe(first.state.id);

    const second = await matched(14_00n);
    const before = await state();
    const settled = await Promise.allSettled([unmatch(t.db, actorFor(org, "clerk"), { matchId: second.matchId }), unmatch(t.db, actorFor(org, "controller"), { matchId: second.matchId })]);
    expect(settled.filter((s) => s.status === "fulfilled")).toHaveLength(1);
    const refused = settled.find((s) => s.status === "rejected");
    expect(refused?.status === "rejected" && (refused.reason as { code?: string }).code).toBe("MATCH_ALREADY_UNDONE");
    const after = await state();
    expect(before.lineAllocated - after.lineAllocated).toBe(14_00n);
  });
});
