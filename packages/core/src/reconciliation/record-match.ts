/**
 * Writes one match: its allocations, and both sides' allocated totals with the statement lines'
 * new statuses. The caller locked the lines and items (statement lines by id, then journal lines
 * by id: `lockStatementLines`, `lockLedgerItems`) and checked `allocationRefusal` against them.
 */
import type { BankStatementLineRecord, LedgerItemRecord, ReconciliationMatchMethod, ReconciliationMatchRecord, Repositories } from "@closebook/db";
import type { Actor } from "../shared/actor";
import { lineStatusAfter, type PlannedAllocation } from "./allocations";
import type { MatchReason } from "./types";

export interface MatchMeta {
  bankAccountId: string;
  method: ReconciliationMatchMethod;
  rule: { id: string; name: string } | null;
  score: number | null;
  reasons: MatchReason[];
}

export async function recordMatch(
  tx: Repositories,
  actor: Actor,
  meta: MatchMeta,
  planned: readonly PlannedAllocation[],
  lines: ReadonlyMap<string, BankStatementLineRecord>,
  items: ReadonlyMap<string, LedgerItemRecord>,
): Promise<ReconciliationMatchRecord> {
  const match = await tx.reconciliation.insertMatch({
    organizationId: actor.organizationId,
    bankAccountId: meta.bankAccountId,
    method: meta.method,
    ruleId: meta.rule?.id ?? null,
    ruleName: meta.rule?.name ?? null,
    score: meta.score,
    reasons: meta.reasons.map((reason) => ({ ...reason })),
    matchedBy: actor.userId,
    requestId: actor.requestId,
    allocations: planned.map((a) => ({ statementLineId: a.statementLineId, journalLineId: a.journalLineId, amountMinor: a.amount })),
  });
  const lineDeltas = totalsBy(planned, (a) => a.statementLineId);
  const itemDeltas = totalsBy(planned, (a) => a.journalLineId);
  for (const [id, delta] of lineDeltas) {
    const line = lines.get(id);
    if (!line) throw new Error(`recordMatch: line ${id} was not locked`);
    await tx.reconciliation.addToStatementLine(id, delta, lineStatusAfter(line.amountMinor, line.allocatedMinor + delta));
  }
  for (const [id, delta] of itemDeltas) {
    if (!items.has(id)) throw new Error(`recordMatch: ledger item ${id} was not locked`);
    await tx.reconciliation.addToLedgerItem(id, delta);
  }
  return match;
}

/** Sums of allocation amounts by a key, in key order (the order rows are written in). */
export function totalsBy(planned: readonly PlannedAllocation[], key: (a: PlannedAllocation) => string): Map<string, bigint> {
  const totals = new Map<string, bigint>();
  for (const a of planned) totals.set(key(a), (totals.get(key(a)) ?? 0n) + a.amount);
  return new Map([...totals].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
