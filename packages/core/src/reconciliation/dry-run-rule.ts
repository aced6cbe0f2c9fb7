/**
 * The rules editor's dry run: what a rule would do on the current lines before it is saved.
 * The rule runs alone (as if enabled and first), with none of the engine's own matching.
 */
import type { MatchLine, MatchProposal, OpenItem } from "./types";
import { ruleHoldsForLine, type ReconciliationRule } from "./reconciliation-rule";
import { matchStatementLines, type MatchOptions } from "./match-statement-lines";

export interface RuleDryRun {
  /** Lines whose own conditions hold (direction, amount, text, counterparty account). */
  selectedLineIds: string[];
  /** What the rule proposes for them. */
  proposals: MatchProposal[];
}

export function dryRunRule(rule: ReconciliationRule, lines: readonly MatchLine[], items: readonly OpenItem[], options: Omit<MatchOptions, "rulesOnly"> = {}): RuleDryRun {
  const alone: ReconciliationRule = { ...rule, enabled: true, scope: { kind: "all" } };
  const selected = lines.filter((line) => ruleHoldsForLine(alone, line).holds);
  const { proposals } = matchStatementLines(selected, items, [alone], { ...options, rulesOnly: true });
  return { selectedLineIds: selected.map((line) => line.id).sort(), proposals };
}
