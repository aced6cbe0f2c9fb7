export * from "./types";
export {
  reconciliationRuleSchema,
  parseReconciliationRule,
  rulesInOrder,
  ruleHoldsForLine,
  unsafeRegexProblem,
  maxRuleRegexLength,
  maxRuleTextScanned,
  ruleTextFields,
  type ReconciliationRule,
  type ReconciliationRuleInput,
  type RuleTextField,
  type RuleLineVerdict,
} from "./reconciliation-rule";
export { matchStatementLines, searchBounds, type MatchOptions } from "./match-statement-lines";
export { dryRunRule, type RuleDryRun } from "./dry-run-rule";
export { canonicalReference, nameTokens, nameSimilarity } from "./normalize";
export { toMatchLine, toOpenItem, lineStatusAfter, pairAllocations, allocationRefusal, matchTierOrder, type LedgerOpenItem, type PlannedAllocation, type SideAmount, type AllocationRefusal } from "./allocations";
