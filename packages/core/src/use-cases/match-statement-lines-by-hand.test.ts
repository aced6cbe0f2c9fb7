import { actorFor, createTestDatabase, createTestOrganization, expectFailure, type TestDatabase, type TestOrganization } from "@closebook/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listOpenItems } from "../queries/reconciliation-queries";
import { reconciliationBooks, reconciliationState, type ReconciliationBooks } from "../reconciliation/testing/reconciliation-fixture";
import { matchStatementLinesByHand } from "./match-statement-lines-by-hand";

let t: TestDatabase;
let org: TestOrganization;
let books: ReconciliationBooks;
let ref = 0;
const nextRef = () => `REF-${++ref}`;

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 6 });
  org = await createTestOrganization(t.db);
  books = await reconciliationBooks(t.db, { controller: actorFor(org, "controller"), clerk: actorFor(org, "clerk") }, "DE89370400440532013000");
});
afterAll(() => t.destroy());

const clerk = () => actorFor(org, "clerk");
const state = () => reconciliationState(t.db, org.organizationId);
const line = (id: string) => t.db.prisma.bankStatementLine.findUniqueOrThrow({ where: { id } });

async function expectNothingWritten(call: () => Promise<unknown>, code: string) {
  const before = await state();
  const error = await expectFailure(call(), code);
  expect(await state()).toEqual(before);
  return error;
}

describe("match-statement-lines (by hand)", () => {
  it("matches one line to one item, marks the line matched, audits, and the item leaves the open items", async () => {
    const lineId = await books.importLine(120_00n, nextRef());
    const item = await books.postBankLine(120_00n, "Customer payment");
    const open = await listOpenItems(t.db, clerk(), { bankAccountId: books.bankAccountId });
    expect(open.find((i) => i.id === item.journalLineId)).toMatchObject({ openAmount: 120_00n, entryNumber: item.entryNumber, documentNumber: item.entryNumber, kind: "ledger_line" });
    const before = await state();
    const result = await matchStatementLinesByHand(t.db, clerk(), {
      bankAccountId: books.bankAccountId,
      lines: [{ statementLineId: lineId, amountMinor: 120_00n }],
      items: [{ journalLineId: item.journalLineId, amountMinor: 120_00n }],
    });
    expect(result.state).toMatchObject({ method: "manual", status: "active", score: null, allocations: [{ statementLineId: lineId, journalLineId: item.journalLineId, amountMinor: 120_00n }] });
    expect(await line(lineId)).toMatchObject({ status: "matched", allocatedMinor: 120_00n });
    const after = await state();
    expect(after).toMatchObject({ matches: before.matches + 1, allocations: before.allocations + 1, matched: before.matched + 1, audits: before.audits + 1 });
    expect(after.itemAllocated - before.itemAllocated).toBe(120_00n);
    const openAfter = await listOpenItems(t.db, clerk(), { bankAccountId: books.bankAccountId });
    expect(openAfter.some((i) => i.id === item.journalLineId)).toBe(false);
  });

  it("matches one line to several items (the last partly) and several lines to one item; money out is negative on both sides", async () => {
    const big = await books.importLine(-300_00n, nextRef());
    const a = await books.postBankLine(-100_00n);
    const b = await books.postBankLine(-250_00n);
    const oneToMany = await matchStatementLinesByHand(t.db, clerk(), {
      bankAccountId: books.bankAccountId,
      lines: [{ statementLineId: big, amountMinor: -300_00n }],
      items: [
        { journalLineId: a.journalLineId, amountMinor: -100_00n },
        { journalLineId: b.journalLineId, amountMinor: -200_00n },
      ],
    });
    expect(oneToMany.state.allocations).toHaveLength(2);
    expect(await line(big)).toMatchObject({ status: "matched", allocatedMinor: -300_00n });
    const open = await listOpenItems(t.db, clerk(), { bankAccountId: books.bankAccountId });
    expect(open.find((i) => i.id === b.journalLineId)).toMatchObject({ openAmount: -50_00n, allocatedMinor: -200_00n });

    const first = await books.importLine(40_00n, nextRef());
    const second = await books.importLine(60_00n, nextRef());
    const invoice = await books.postBankLine(100_00n);
    const manyToOne = await matchStatementLinesByHand(t.db, clerk(), {
      bankAccountId: books.bankAccountId,
      lines: [
        { statementLineId: first, amountMinor: 40_00n },
        { statementLineId: second, amountMinor: 60_00n },
      ],
      items: [{ journalLineId: invoice.journalLineId, amountMinor: 100_00n }],
    });
    expect(manyToOne.state.allocations.map((x) => x.amountMinor).sort()).toEqual([40_00n, 60_00n]);
    expect((await line(first)).status).toBe("matched");
    expect((await line(second)).status).toBe("matched");
  });

  it("leaves a partly allocated line unreconciled", async () => {
    const lineId = await books.importLine(500_00n, nextRef());
    const item = await books.postBankLine(200_00n);
    await matchStatementLinesByHand(t.db, clerk(), {
      bankAccountId: books.bankAccountId,
      lines: [{ statementLineId: lineId, amountMinor: 200_00n }],
      items: [{ journalLineId: item.journalLineId, amountMinor: 200_00n }],
    });
    expect(await line(lineId)).toMatchObject({ status: "unreconciled", allocatedMinor: 200_00n });
  });

  it("refuses an unbalanced match naming the difference, and writes nothing", async () => {
    const lineId = await books.importLine(99_99n, nextRef());
    const item = await books.postBankLine(100_00n);
    const error = await expectNothingWritten(
      () =>
        matchStatementLinesByHand(t.db, clerk(), {
          bankAccountId: books.bankAccountId,
          lines: [{ statementLineId: lineId, amountMinor: 99_99n }],
          items: [{ journalLineId: item.journalLineId, amountMinor: 100_00n }],
        }),
      "MATCH_UNBALANCED",
    );
    expect(error.details).toMatchObject({ differenceMinor: "-1" });
  });

  it("refuses over-allocation, opposite signs, unknown lines and items, and viewers, writing nothing", async () => {
    const lineId = await books.importLine(10_00n, nextRef());
    const item = await books.postBankLine(50_00n);
    const outgoing = await books.postBankLine(-10_00n);
    const base = { bankAccountId: books.bankAccountId, lines: [{ statementLineId: lineId, amountMinor: 20_00n }], items: [{ journalLineId: item.journalLineId, amountMinor: 20_00n }] };
    await expectNothingWritten(() => matchStatementLinesByHand(t.db, clerk(), base), "ALLOCATION_EXCEEDS_OPEN_AMOUNT");
    await expectNothingWritten(
      () =>
        matchStatementLinesByHand(t.db, clerk(), {
          ...base,
          lines: [{ statementLineId: lineId, amountMinor: -10_00n }],
          items: [{ journalLineId: outgoing.journalLineId, amountMinor: -10_00n }],
        }),
      "ALLOCATION_SIGN_MISMATCH",
    );
    const unknown = "00000000-0000-4000-8000-000000000000";
    const missingLine = await expectNothingWritten(() => matchStatementLinesByHand(t.db, clerk(), { ...base, lines: [{ statementLineId: unknown, amountMinor: 20_00n }] }), "STATEMENT_LINE_NOT_FOUND");
    expect(missingLine.details).toMatchObject({ field: "lines.0.statementLineId" });
    // The equity side of an entry is not a line of the bank's ledger account.
    const equityLine = await t.db.prisma.journalLine.findFirstOrThrow({ where: { accountId: books.equityAccountId } });
    await expectNothingWritten(() => matchStatementLinesByHand(t.db, clerk(), { ...base, items: [{ journalLineId: equityLine.id, amountMinor: 20_00n }] }), "LEDGER_ITEM_NOT_FOUND");
    await expectNothingWritten(() => matchStatementLinesByHand(t.db, actorFor(org, "viewer"), base), "NOT_PERMITTED");
    await expectNothingWritten(() => matchStatementLinesByHand(t.db, clerk(), { ...base, bankAccountId: unknown }), "BANK_ACCOUNT_NOT_FOUND");
  });

  it("replays a retry with the same idempotency key without allocating twice", async () => {
    const lineId = await books.importLine(75_00n, nextRef());
    const item = await books.postBankLine(75_00n);
    const input = { bankAccountId: books.bankAccountId, lines: [{ statementLineId: lineId, amountMinor: 75_00n }], items: [{ journalLineId: item.journalLineId, amountMinor: 75_00n }] };
    const first = await matchStatementLinesByHand(t.db, clerk(), input, { idempotencyKey: "match-once" });
    const before = await state();
    const retry = await matchStatementLinesByHand(t.db, clerk(), input, { idempotencyKey: "match-once" });
    expect(retry.replayed).toBe(true);
    expect(retry.state.id).toBe(first.state.id);
    expect(await state()).toEqual(before);
  });

  it("two people matching the same line at the same moment never over-allocate: one wins, the other is refused", async () => {
    const lineId = await books.importLine(80_00n, nextRef());
    const one = await books.postBankLine(80_00n);
    const two = await books.postBankLine(80_00n);
    const attempt = (journalLineId: string, role: "clerk" | "controller") =>
      matchStatementLinesByHand(t.db, actorFor(org, role), { bankAccountId: books.bankAccountId, lines: [{ statementLineId: lineId, amountMinor: 80_00n }], items: [{ journalLineId, amountMinor: 80_00n }] });
    const settled = await Promise.allSettled([attempt(one.journalLineId, "clerk"), attempt(two.journalLineId, "controller")]);
    expect(settled.filter((s) => s.status === "fulfilled")).toHaveLength(1);
    const refused = settled.find((s) => s.status === "rejected");
    expect(refused?.status === "rejected" && (refused.reason as { code?: string }).code).toBe("ALLOCATION_EXCEEDS_OPEN_AMOUNT");
    expect(await line(lineId)).toMatchObject({ status: "matched", allocatedMinor: 80_00n });
    const allocations = await t.db.prisma.reconciliationAllocation.findMany({ where: { statementLineId: lineId } });
    expect(allocations).toHaveLength(1);
  });
});
