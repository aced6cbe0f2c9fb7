export * from "./types";
export * from "./reconciliation-rule";
export { matchStatementLines, searchBounds, type MatchOptions } from "./match-statement-lines";
export { dryRunRule, type RuleDryRun } from "./dry-run-rule";
export { canonicalReference, nameTokens, nameSimilarity } from "./normalize";
