import { actorFor, createTestDatabase, createTestOrganization, expectFailure, type TestDatabase, type TestOrganization } from "@closebook/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listProposals } from "../queries/reconciliation-queries";
import { reconciliationBooks, reconciliationState, type ReconciliationBooks } from "../reconciliation/testing/reconciliation-fixture";
import { excludeStatementLine, includeStatementLine } from "./exclude-statement-line";
import { matchStatementLinesByHand } from "./match-statement-lines-by-hand";

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
const reason = "Internal transfer to the reserve account";

describe("exclude-statement-line and include-statement-line", () => {
  it("excludes a line with its reason and audits; it is no longer proposed nor matchable; including it again undoes that", async () => {
    const lineId = await books.importLine(-500_00n, `EX-${++ref}`);
    const before = await state();
    const result = await excludeStatementLine(t.db, clerk(), { bankAccountId: books.bankAccountId, statementLineId: lineId, reason });
    expect(result.state).toMatchObject({ status: "excluded", exclusionReason: reason, excludedBy: clerk().userId });
    expect(await state()).toMatchObject({ excluded: before.excluded + 1, audits: before.audits + 1 });
    const { proposals, unmatchedLineIds } = await listProposals(t.db, clerk(), { bankAccountId: books.bankAccountId });
    expect([...proposals.map((p) => p.lineId), ...unmatchedLineIds]).not.toContain(lineId);
    const item = await books.postBankLine(-500_00n);
    await expectFailure(
      matchStatementLinesByHand(t.db, clerk(), { bankAccountId: books.bankAccountId, lines: [{ statementLineId: lineId, amountMinor: -500_00n }], items: [{ journalLineId: item.journalLineId, amountMinor: -500_00n }] }),
      "STATEMENT_LINE_NOT_OPEN",
    );
    const included = await includeStatementLine(t.db, clerk(), { bankAccountId: books.bankAccountId, statementLineId: lineId });
    expect(included.state).toMatchObject({ status: "unreconciled", exclusionReason: null, excludedAt: null });
  });

  it("refuses a matched line, an excluded line twice, an unknown line and a viewer, writing nothing; a retry replays", async () => {
    const lineId = await books.importLine(30_00n, `EX-${++ref}`);
    const item = await books.postBankLine(30_00n);
    await matchStatementLinesByHand(t.db, clerk(), { bankAccountId: books.bankAccountId, lines: [{ statementLineId: lineId, amountMinor: 30_00n }], items: [{ journalLineId: item.journalLineId, amountMinor: 30_00n }] });
    const other = await books.importLine(31_00n, `EX-${++ref}`);
    const before = await state();
    await expectFailure(excludeStatementLine(t.db, clerk(), { bankAccountId: books.bankAccountId, statementLineId: lineId, reason }), "STATEMENT_LINE_NOT_OPEN");
    await expectFailure(excludeStatementLine(t.db, clerk(), { bankAccountId: books.bankAccountId, statementLineId: "00000000-0000-4000-8000-000000000000", reason }), "STATEMENT_LINE_NOT_FOUND");
    await expectFailure(excludeStatementLine(t.db, actorFor(org, "viewer"), { bankAccountId: books.bankAccountId, statementLineId: other, reason }), "NOT_PERMITTED");
    await expectFailure(includeStatementLine(t.db, clerk(), { bankAccountId: books.bankAccountId, statementLineId: other }), "STATEMENT_LINE_NOT_OPEN");
    expect(await state()).toEqual(before);
    const first = await excludeStatementLine(t.db, clerk(), { bankAccountId: books.bankAccountId, statementLineId: other, reason }, { idempotencyKey: "exclude-once" });
    const retry = await excludeStatementLine(t.db, clerk(), { bankAccountId: books.bankAccountId, statementLineId: other, reason }, { idempotencyKey: "exclude-once" });
    expect(retry.replayed).toBe(true);
    expect(retry.state.excludedAt).toEqual(first.state.excludedAt);
    await expectFailure(excludeStatementLine(t.db, clerk(), { bankAccountId: books.bankAccountId, statementLineId: other, reason }), "STATEMENT_LINE_NOT_OPEN");
  });

  it("matching and excluding the same line at the same moment: exactly one wins", async () => {
    const lineId = await books.importLine(90_00n, `EX-${++ref}`);
    const item = await books.postBankLine(90_00n);
    const settled = await Promise.allSettled([
      excludeStatementLine(t.db, actorFor(org, "controller"), { bankAccountId: books.bankAccountId, statementLineId: lineId, reason }),
      matchStatementLinesByHand(t.db, clerk(), { bankAccountId: books.bankAccountId, lines: [{ statementLineId: lineId, amountMinor: 90_00n }], items: [{ journalLineId: item.journalLineId, amountMinor: 90_00n }] }),
    ]);
    expect(settled.filter((s) => s.status === "fulfilled")).toHaveLength(1);
    const refused = settled.find((s) => s.status === "rejected");
    expect(refused?.status === "rejected" && (refused.reason as { code?: string }).code).toBe("STATEMENT_LINE_NOT_OPEN");
  });
});
