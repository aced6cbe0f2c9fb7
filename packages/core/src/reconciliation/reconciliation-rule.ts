/**
 * Reconciliation rules (like Odoo's reconciliation models): stored per organization and per bank
 * account, edited in the rules editor, applied in priority order by `matchStatementLines`.
 *
 * Every number is an integer: amounts in minor units, percentages in basis points. A regular
 * expression is checked when the rule is parsed: it must compile, stay short, and hold no
 * construct that can backtrack catastrophically (a quantified group that itself holds a
 * quantifier or an alternation, or a back-reference); text is also cut to 1000 characters before
 * a rule's expression runs on it.
 */
import { z } from "zod";
import { amountMinor, amountOrZeroMinor, text } from "../fields";
import type { MatchLine } from "./types";
import { absolute, canonicalAccount } from "./normalize";

export const maxRuleRegexLength = 200;
export const maxRuleTextScanned = 1000;

/** Why a pattern is refused, or null when it is safe to run. */
export function unsafeRegexProblem(pattern: string): string | null {
  if (pattern.length > maxRuleRegexLength) return `Use at most ${maxRuleRegexLength} characters in a pattern.`;
  try {
    new RegExp(pattern, "iu");
  } catch {
    return "This is not a valid regular expression.";
  }
  if (/\\[1-9]|\\k</.test(pattern)) return "Back-references are not allowed in a rule's pattern.";
  if (/\(\?<?[=!]/.test(pattern)) return "Look-around is not allowed in a rule's pattern.";
  // Scan groups: a group that holds a quantifier or an alternation may not itself be quantified.
  const stack: { risky: boolean }[] = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") {
      inClass = true;
      continue;
    }
    if (c === "(") {
      stack.push({ risky: false });
      continue;
    }
    const quantifier = c === "*" || c === "+" || c === "{" || (c === "?" && pattern[i - 1] !== "(");
    if (c === ")") {
      const group = stack.pop();
      const next = pattern[i + 1];
      const quantified = next === "*" || next === "+" || next === "{" || next === "?";
      if (group?.risky && quantified) return "A repeated group may not hold a repetition or an alternation (it could run for ever).";
      const parent = stack[stack.length - 1];
      if (parent && (group?.risky || quantified)) parent.risky = true;
      continue;
    }
    const top = stack[stack.length - 1];
    if (top && (quantifier || c === "|")) top.risky = true;
  }
  return null;
}

const safeRegex = z
  .string({ message: "Give the pattern as text." })
  .min(1, "The pattern cannot be blank.")
  .superRefine((value, ctx) => {
    const problem = unsafeRegexProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

export const ruleTextFields = ["remittance", "reference", "counterparty_name"] as const;
export type RuleTextField = (typeof ruleTextFields)[number];

const textCondition = z.discriminatedUnion("operator", [
  z.object({ field: z.enum(ruleTextFields), operator: z.literal("contains"), value: text({ max: 200 }) }),
  z.object({ field: z.enum(ruleTextFields), operator: z.literal("regex"), value: safeRegex }),
]);

const amountCondition = z.discriminatedUnion("kind", [
  /** The line's absolute amount equals this. */
  z.object({ kind: z.literal("exact"), amountMinor: amountMinor() }),
  /** The line's absolute amount lies in [min, max]. */
  z
    .object({ kind: z.literal("range"), minMinor: amountOrZeroMinor(), maxMinor: amountMinor() })
    .refine((value) => value.minMinor <= value.maxMinor, { message: "The minimum may not be above the maximum.", path: ["minMinor"] }),
  /** Matching an item: the amounts may differ by at most this many minor units. */
  z.object({ kind: z.literal("tolerance_fixed"), toleranceMinor: amountOrZeroMinor() }),
  /** Matching an item: the amounts may differ by at most this many basis points of the item's amount. */
  z.object({ kind: z.literal("tolerance_percent"), basisPoints: z.number().int("Use whole basis points.").min(0).max(10000) }),
]);

const ruleAction = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("match"),
    /** Restrict to these kinds of open item; all when absent. */
    itemKinds: z.array(z.enum(["ledger_line", "charge", "movement"])).max(3).optional(),
  }),
  z.object({
    kind: z.literal("create_and_match"),
    post: z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("account"), accountId: z.string().min(1).max(64), memo: text({ max: 200 }).nullable().optional() }),
      z.object({ kind: z.literal("charge_payment") }),
    ]),
  }),
]);

export const reconciliationRuleSchema = z.object({
  id: z.string().min(1).max(64),
  name: text({ max: 120 }),
  /** Lower runs first. */
  priority: z.number().int().min(0).max(100_000),
  enabled: z.boolean(),
  scope: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("all") }),
    z.object({ kind: z.literal("bank_accounts"), bankAccountIds: z.array(z.string().min(1).max(64)).min(1).max(500) }),
  ]),
  conditions: z.object({
    amount: amountCondition.optional(),
    direction: z.enum(["in", "out", "both"]).default("both"),
    text: z.array(textCondition).max(10).default([]),
    counterpartyAccount: z.string().min(5).max(64).optional(),
    /** Matching an item: the line's date may be at most this many days from the item's date window. */
    dateWindowDays: z.number().int().min(0).max(3660).optional(),
  }),
  action: ruleAction,
});

export type ReconciliationRule = z.output<typeof reconciliationRuleSchema>;
export type ReconciliationRuleInput = z.input<typeof reconciliationRuleSchema>;

/** Parses a stored or edited rule; throws the zod error naming the field. */
export function parseReconciliationRule(input: unknown): ReconciliationRule {
  return reconciliationRuleSchema.parse(input);
}

/** The rules that apply to a bank account, in the order they run (priority, then name, then id). */
export function rulesInOrder(rules: readonly ReconciliationRule[], bankAccountId: string | null): ReconciliationRule[] {
  return rules
    .filter((rule) => rule.enabled && (rule.scope.kind === "all" || (bankAccountId !== null && rule.scope.bankAccountIds.includes(bankAccountId))))
    .sort((a, b) => a.priority - b.priority || compareText(a.name, b.name) || compareText(a.id, b.id));
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function fieldText(line: MatchLine, field: RuleTextField): string {
  const value =
    field === "remittance"
      ? [line.remittanceInformation, line.additionalInformation].filter(Boolean).join(" ")
      : field === "reference"
        ? [line.endToEndId, line.structuredReference, line.bankReference].filter(Boolean).join(" ")
        : (line.counterpartyName ?? "");
  return value.slice(0, maxRuleTextScanned);
}

export interface RuleLineVerdict {
  holds: boolean;
  amountExact: boolean;
  amountRange: boolean;
  textHit: boolean;
  counterpartyAccountHit: boolean;
}

const compiled = new WeakMap<object, RegExp>();

/** Whether the rule's conditions on the line itself hold (direction, amount exact/range, text, counterparty account). */
export function ruleHoldsForLine(rule: ReconciliationRule, line: MatchLine): RuleLineVerdict {
  const verdict: RuleLineVerdict = { holds: false, amountExact: false, amountRange: false, textHit: false, counterpartyAccountHit: false };
  const { conditions } = rule;
  if (conditions.direction === "in" && line.unallocated <= 0n) return verdict;
  if (conditions.direction === "out" && line.unallocated >= 0n) return verdict;
  const size = absolute(line.unallocated);
  if (size === 0n) return verdict;
  const amount = conditions.amount;
  if (amount?.kind === "exact") {
    if (size !== amount.amountMinor) return verdict;
    verdict.amountExact = true;
  } else if (amount?.kind === "range") {
    if (size < amount.minMinor || size > amount.maxMinor) return verdict;
    verdict.amountRange = true;
  }
  for (const condition of conditions.text) {
    const haystack = fieldText(line, condition.field);
    if (condition.operator === "contains") {
      if (!haystack.toLowerCase().includes(condition.value.toLowerCase())) return verdict;
    } else {
      let regex = compiled.get(condition);
      if (!regex) {
        regex = new RegExp(condition.value, "iu");
        compiled.set(condition, regex);
      }
      if (!regex.test(haystack)) return verdict;
    }
    verdict.textHit = true;
  }
  if (conditions.counterpartyAccount !== undefined) {
    if (canonicalAccount(conditions.counterpartyAccount) !== canonicalAccount(line.counterpartyAccount)) return verdict;
    verdict.counterpartyAccountHit = true;
  }
  verdict.holds = true;
  return verdict;
}

/** The tolerance a rule allows between a line and an item of this size (minor units), or null for none. */
export function ruleTolerance(rule: ReconciliationRule | null, itemSize: bigint): bigint | null {
  const amount = rule?.conditions.amount;
  if (amount?.kind === "tolerance_fixed") return amount.toleranceMinor;
  if (amount?.kind === "tolerance_percent") return (itemSize * BigInt(amount.basisPoints)) / 10000n;
  return null;
}

export function ruleDateWithin(rule: ReconciliationRule | null, distanceDays: number): boolean {
  const window = rule?.conditions.dateWindowDays;
  return window === undefined || distanceDays <= window;
}

