/**
 * The matching engine: proposes, for each unreconciled statement line, at most one match to open
 * items (or one create-and-match), with an explainable integer score and a tier. Pure and
 * deterministic: the same lines, items, rules and options give the same proposals in the same
 * order, whatever the order of the input arrays.
 *
 * Candidate search is by index only (reference/number tokens, exact amount bucketed by date,
 * counterparty IBAN, a sorted amount array for tolerances): a line is never compared with every
 * item, so the cost grows with lines × (small candidate count), not lines × items.
 *
 * Shapes: one line ↔ one item; one line ↔ several items (the items whose references appear in
 * the line, with partial allocation of the line across them in due-date order, or a small
 * exact-sum subset among them or among the counterparty's few open items); several lines ↔ one
 * item (instalments: each line's partial allocation, never above the item's open amount).
 *
 * Global assignment is greedy by score, so no line and no item is ever over-allocated. A line
 * is auto-matched only when its score reaches the auto threshold with an exact amount and a
 * reference or IBAN hit, when its best candidate is strictly better than its second, and when
 * no other line's best candidate ties with it for the same item.
 */
import type { MatchLine, MatchProposal, MatchReason, MatchResult, MatchThresholds, OpenItem, PostInstruction } from "./types";
import { defaultMatchThresholds } from "./types";
import { compareText, rulesInOrder, ruleDateWithin, ruleHoldsForLine, ruleTolerance, type ReconciliationRule, type RuleLineVerdict } from "./reconciliation-rule";
import {
  amountKindOf,
  amountWeight,
  counterpartyEvidence,
  dateWeight,
  daysOutside,
  itemFeatures,
  itemKeys,
  lineFeatures,
  referenceHit,
  weights,
  type AmountKind,
  type CounterpartyEvidence,
  type ItemFeatures,
  type LineFeatures,
  type ReferenceKind,
} from "./scoring";

export interface MatchOptions {
  thresholds?: Partial<MatchThresholds>;
  /** The bank account the lines belong to, for rules scoped to bank accounts. */
  bankAccountId?: string | null;
  /** Default amount tolerance in minor units when no rule sets one (0: exact only). */
  amountToleranceMinor?: bigint;
  /** Only rule-made proposals (the rules editor's dry run). */
  rulesOnly?: boolean;
}

/** Bounds of the candidate search (never exponential, never every item). */
export const searchBounds = {
  /** Nearest items by date taken from one exact-amount bucket. */
  perAmountBucket: 16,
  /** An IBAN bucket larger than this is only searched through its exact amounts. */
  ibanBucket: 64,
  /** Items found within a tolerance. */
  perTolerance: 32,
  /** Referenced items searched for an exact-sum subset (2^n subsets). */
  referencedSubset: 10,
  /** A counterparty's open items searched for pairs and triples summing to the line. */
  counterpartyCombination: 12,
  /** Candidates kept per line. */
  keptPerLine: 3,
  /** Exact-amount items dated this many days before/after the line are candidates. */
  daysBefore: 400,
  daysAfter: 60,
} as const;

interface Candidate {
  items: number[];
  allocations: bigint[];
  score: number;
  amountKind: AmountKind | "rule_exact" | "rule_range" | "rule";
  referenceKind: ReferenceKind | null;
  counterparty: CounterpartyEvidence;
  outside: number;
  rule: ReconciliationRule | null;
  ruleVerdict: RuleLineVerdict | null;
  post: { kind: "account"; accountId: string; memo: string | null } | { kind: "charge_payment" } | null;
  exactAmount: boolean;
  /** Referenced items a subset left out. */
  leftOut?: number;
  referenceOrIban: boolean;
  lineRemainder: bigint;
}

interface Index {
  items: ItemFeatures[];
  byReference: Map<string, number[]>;
  /** Currency → signed open amount → items, each bucket sorted by date. */
  byAmount: Map<string, Map<bigint, number[]>>;
  byIban: Map<string, number[]>;
  byIbanAmount: Map<string, number[]>;
  sortedByAmount: Map<string, number[]> | null;
}

const amountKey = (currency: string, signed: bigint) => `${currency}|${signed}`;
const noKeys: Set<string> = new Set();

function push(map: Map<string, number[]>, key: string, index: number) {
  const bucket = map.get(key);
  if (bucket) bucket.push(index);
  else map.set(key, [index]);
}

function buildIndex(items: ItemFeatures[]): Index {
  const byReference = new Map<string, number[]>();
  const byAmount = new Map<string, Map<bigint, number[]>>();
  const byIban = new Map<string, number[]>();
  const byIbanAmount = new Map<string, number[]>();
  items.forEach((item, index) => {
    if (item.settled) return;
    for (const key of itemKeys(item)) push(byReference, key, index);
    let amounts = byAmount.get(item.item.currency);
    if (!amounts) byAmount.set(item.item.currency, (amounts = new Map()));
    const bucket = amounts.get(item.item.openAmount);
    if (bucket) bucket.push(index);
    else amounts.set(item.item.openAmount, [index]);
    if (item.iban) push(byIban, item.iban, index);
  });
  // Large IBAN buckets (a payment provider, a big customer) are searched through their exact amounts only.
  for (const [iban, bucket] of byIban) {
    if (bucket.length <= searchBounds.ibanBucket) continue;
    for (const index of bucket) {
      const item = items[index] as ItemFeatures;
      push(byIbanAmount, `${iban}|${amountKey(item.item.currency, item.item.openAmount)}`, index);
    }
  }
  for (const amounts of byAmount.values()) for (const bucket of amounts.values()) bucket.sort((a, b) => (items[a] as ItemFeatures).day - (items[b] as ItemFeatures).day || a - b);
  return { items, byReference, byAmount, byIban, byIbanAmount, sortedByAmount: null };
}

function sortedByAmount(index: Index): Map<string, number[]> {
  if (index.sortedByAmount) return index.sortedByAmount;
  const map = new Map<string, number[]>();
  index.items.forEach((item, i) => {
    if (item.size > 0n) push(map, `${item.item.currency}|${item.sign}`, i);
  });
  for (const bucket of map.values()) bucket.sort((a, b) => cmpBig((index.items[a] as ItemFeatures).size, (index.items[b] as ItemFeatures).size) || a - b);
  index.sortedByAmount = map;
  return map;
}

function cmpBig(a: bigint, b: bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The nearest (by date) items of a date-sorted bucket within the search window. */
function nearestByDate(bucket: number[], items: ItemFeatures[], day: number, into: number[]) {
  let low = 0;
  let high = bucket.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((items[bucket[mid] as number] as ItemFeatures).day < day) low = mid + 1;
    else high = mid;
  }
  let left = low - 1;
  let right = low;
  let taken = 0;
  while (taken < searchBounds.perAmountBucket && (left >= 0 || right < bucket.length)) {
    const leftDistance = left >= 0 ? day - (items[bucket[left] as number] as ItemFeatures).day : Number.POSITIVE_INFINITY;
    const rightDistance = right < bucket.length ? (items[bucket[right] as number] as ItemFeatures).day - day : Number.POSITIVE_INFINITY;
    if (leftDistance <= rightDistance) {
      if (leftDistance > searchBounds.daysBefore) break;
      into.push(bucket[left] as number);
      left--;
    } else {
      if (rightDistance > searchBounds.daysAfter) break;
      into.push(bucket[right] as number);
      right++;
    }
    taken++;
  }
}

function withinTolerance(index: Index, line: LineFeatures, tolerance: bigint, into: number[]) {
  const bucket = sortedByAmount(index).get(`${line.line.currency}|${line.sign}`);
  if (!bucket) return;
  const lowest = line.size - tolerance;
  let low = 0;
  let high = bucket.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((index.items[bucket[mid] as number] as ItemFeatures).size < lowest) low = mid + 1;
    else high = mid;
  }
  for (let i = low, taken = 0; i < bucket.length && taken < searchBounds.perTolerance; i++, taken++) {
    const item = index.items[bucket[i] as number] as ItemFeatures;
    if (item.size > line.size + tolerance) break;
    into.push(bucket[i] as number);
  }
}

interface Context {
  index: Index;
  thresholds: MatchThresholds;
  defaultTolerance: bigint;
  seen: Int32Array;
  stamp: number;
}

function compatible(line: LineFeatures, item: ItemFeatures): boolean {
  return !item.settled && item.sign === line.sign && item.item.currency === line.line.currency;
}

function scoreSingle(context: Context, line: LineFeatures, itemIndex: number, rule: ReconciliationRule | null, verdict: RuleLineVerdict | null): Candidate | null {
  const item = context.index.items[itemIndex] as ItemFeatures;
  const referenceKind = referenceHit(line, item);
  const tolerance = ruleTolerance(rule, item.size) ?? context.defaultTolerance;
  const amountKind = amountKindOf(line.size, item.size, tolerance, referenceKind !== null);
  const outside = daysOutside(line, item);
  if (!ruleDateWithin(rule, outside)) return null;
  if (rule && amountKind === "differs") return null;
  const counterparty = counterpartyEvidence(line, item);
  const score = amountWeight(amountKind) + (referenceKind ? weights.reference : 0) + counterparty.weight + dateWeight(outside);
  const allocation = line.size < item.size ? line.size : item.size;
  return {
    items: [itemIndex],
    allocations: [allocation],
    score: Math.min(10000, score),
    amountKind,
    referenceKind,
    counterparty,
    outside,
    rule,
    ruleVerdict: verdict,
    post: null,
    exactAmount: amountKind === "exact",
    referenceOrIban: referenceKind !== null || counterparty.kind === "iban",
    lineRemainder: line.size - allocation,
  };
}

function combine(context: Context, line: LineFeatures, indices: number[], allocations: bigint[], amountKind: AmountKind, referenced: boolean, rule: ReconciliationRule | null, verdict: RuleLineVerdict | null, leftOut = 0): Candidate {
  let counterparty: CounterpartyEvidence | null = null;
  let outside = 0;
  let referenceKind: ReferenceKind | null = null;
  for (const i of indices) {
    const item = context.index.items[i] as ItemFeatures;
    const evidence = counterpartyEvidence(line, item);
    if (!counterparty || evidence.weight < counterparty.weight) counterparty = evidence;
    outside = Math.max(outside, daysOutside(line, item));
    if (referenced) {
      const kind = referenceHit(line, item);
      if (kind === "document_number" || referenceKind === null) referenceKind = kind;
    }
  }
  const evidence = counterparty ?? { weight: 0, kind: null, similarity: 0 };
  const allocated = allocations.reduce((sum, value) => sum + value, 0n);
  const score = amountWeight(amountKind) + (referenced ? weights.reference : 0) + evidence.weight + dateWeight(outside);
  return {
    items: indices,
    allocations,
    score: Math.min(10000, score),
    amountKind,
    referenceKind,
    counterparty: evidence,
    outside,
    rule,
    ruleVerdict: verdict,
    post: null,
    // A subset that leaves referenced items out is a guess: never applied automatically.
    exactAmount: amountKind === "sum_exact" && leftOut === 0,
    leftOut,
    referenceOrIban: referenced || evidence.kind === "iban",
    lineRemainder: line.size - allocated,
  };
}

function byDue(items: ItemFeatures[]) {
  return (a: number, b: number) => {
    const x = items[a] as ItemFeatures;
    const y = items[b] as ItemFeatures;
    return x.windowEnd - y.windowEnd || x.day - y.day || a - b;
  };
}

/** One line against several referenced items: an exact sum of all or of a subset, else allocation in due order. */
function referencedGroup(context: Context, line: LineFeatures, referenced: number[], rule: ReconciliationRule | null, verdict: RuleLineVerdict | null): Candidate | null {
  if (referenced.length < 2) return null;
  const items = context.index.items;
  const ordered = [...referenced].sort(byDue(items));
  const sizes = ordered.map((i) => (items[i] as ItemFeatures).size);
  const total = sizes.reduce((sum, value) => sum + value, 0n);
  if (total === line.size) return combine(context, line, ordered, sizes, "sum_exact", true, rule, verdict);
  if (ordered.length <= searchBounds.referencedSubset) {
    let best = -1;
    let bestCount = 1;
    for (let mask = 1; mask < 1 << ordered.length; mask++) {
      let sum = 0n;
      let count = 0;
      for (let bit = 0; bit < ordered.length; bit++) {
        if (mask & (1 << bit)) {
          sum += sizes[bit] as bigint;
          count++;
        }
      }
      if (sum === line.size && count > bestCount) {
        best = mask;
        bestCount = count;
      }
    }
    if (best > 0) {
      const chosen = ordered.filter((_, bit) => best & (1 << bit));
      return combine(context, line, chosen, chosen.map((i) => (items[i] as ItemFeatures).size), "sum_exact", true, rule, verdict, ordered.length - chosen.length);
    }
  }
  let left = line.size;
  const chosen: number[] = [];
  const allocations: bigint[] = [];
  for (const [position, i] of ordered.entries()) {
    if (left === 0n) break;
    const size = sizes[position] as bigint;
    const part = size < left ? size : left;
    chosen.push(i);
    allocations.push(part);
    left -= part;
  }
  return combine(context, line, chosen, allocations, total > line.size ? "partial" : "overpaid", true, rule, verdict);
}

/** Pairs and triples of a counterparty's few open items whose sum is exactly the line (a batched payout without references). */
function counterpartyCombination(context: Context, line: LineFeatures): Candidate | null {
  if (!line.iban) return null;
  const bucket = (context.index.byIban.get(line.iban) ?? []).filter((i) => compatible(line, context.index.items[i] as ItemFeatures) && (context.index.items[i] as ItemFeatures).size < line.size);
  if (bucket.length < 2 || bucket.length > searchBounds.counterpartyCombination) return null;
  const sizes = bucket.map((i) => (context.index.items[i] as ItemFeatures).size);
  const found: number[][] = [];
  for (let a = 0; a < bucket.length; a++) {
    for (let b = a + 1; b < bucket.length; b++) {
      const pair = (sizes[a] as bigint) + (sizes[b] as bigint);
      if (pair === line.size) found.push([a, b]);
      if (pair >= line.size) continue;
      for (let c = b + 1; c < bucket.length; c++) if (pair + (sizes[c] as bigint) === line.size) found.push([a, b, c]);
    }
  }
  // Only an unambiguous combination is worth proposing.
  if (found.length !== 1) return null;
  const chosen = (found[0] as number[]).map((position) => bucket[position] as number).sort(byDue(context.index.items));
  return combine(context, line, chosen, chosen.map((i) => (context.index.items[i] as ItemFeatures).size), "sum_exact", false, null, null);
}

function betterFirst(a: Candidate, b: Candidate): number {
  if (a.score !== b.score) return b.score - a.score;
  const length = Math.min(a.items.length, b.items.length);
  for (let i = 0; i < length; i++) if (a.items[i] !== b.items[i]) return (a.items[i] as number) - (b.items[i] as number);
  return a.items.length - b.items.length;
}

/** Candidates of one line under one rule (or the engine's own matching when rule is null). */
function candidatesFor(context: Context, line: LineFeatures, rule: ReconciliationRule | null, verdict: RuleLineVerdict | null): Candidate[] {
  const { index } = context;
  const action = rule?.action;
  if (action?.kind === "create_and_match" && action.post.kind === "account" && verdict) {
    const score = Math.min(10000, 6000 + (verdict.amountExact ? 2000 : verdict.amountRange ? 1000 : 0) + (verdict.textHit ? 1000 : 0) + (verdict.counterpartyAccountHit ? 1000 : 0));
    return [
      {
        items: [],
        allocations: [],
        score,
        amountKind: verdict.amountExact ? "rule_exact" : verdict.amountRange ? "rule_range" : "rule",
        referenceKind: null,
        counterparty: { weight: 0, kind: null, similarity: 0 },
        outside: 0,
        rule,
        ruleVerdict: verdict,
        post: { kind: "account", accountId: action.post.accountId, memo: action.post.memo ?? null },
        exactAmount: verdict.amountExact,
        referenceOrIban: verdict.textHit || verdict.counterpartyAccountHit,
        lineRemainder: 0n,
      },
    ];
  }
  context.stamp++;
  const stamp = context.stamp;
  const found: number[] = [];
  const referenced: number[] = [];
  const consider = (i: number, isReferenced: boolean) => {
    if (context.seen[i] === stamp) return;
    const item = index.items[i] as ItemFeatures;
    if (!compatible(line, item)) return;
    if (action?.kind === "match" && action.itemKinds && !action.itemKinds.includes(item.item.kind)) return;
    if (action?.kind === "create_and_match" && item.item.kind !== "charge") return;
    context.seen[i] = stamp;
    found.push(i);
    if (isReferenced) referenced.push(i);
  };
  for (const key of line.keys) for (const i of index.byReference.get(key) ?? []) consider(i, true);
  if (action?.kind !== "create_and_match") {
    const exact: number[] = [];
    const bucket = index.byAmount.get(line.line.currency)?.get(line.line.unallocated);
    if (bucket) nearestByDate(bucket, index.items, line.day, exact);
    if (line.iban) {
      const own = index.byIban.get(line.iban);
      if (own && own.length <= searchBounds.ibanBucket) exact.push(...own);
      else exact.push(...(index.byIbanAmount.get(`${line.iban}|${amountKey(line.line.currency, line.line.unallocated)}`) ?? []));
    }
    const tolerance = rule?.conditions.amount?.kind === "tolerance_fixed" ? rule.conditions.amount.toleranceMinor : rule?.conditions.amount?.kind === "tolerance_percent" ? (line.size * BigInt(rule.conditions.amount.basisPoints)) / 10000n : context.defaultTolerance;
    if (tolerance > 0n) withinTolerance(index, line, tolerance, exact);
    for (const i of exact) consider(i, false);
  }
  const candidates: Candidate[] = [];
  for (const i of found) {
    const candidate = scoreSingle(context, line, i, rule, verdict);
    if (!candidate) continue;
    if (action?.kind === "create_and_match" && candidate.referenceKind === null) continue;
    candidates.push(candidate);
  }
  if (action?.kind !== "create_and_match") {
    const group = referencedGroup(context, line, referenced, rule, verdict);
    if (group) {
      // The line names several items: paying one of them in part or in excess explains it less well than the group.
      const named = new Set(referenced);
      for (let k = candidates.length - 1; k >= 0; k--) {
        const single = candidates[k] as Candidate;
        if (named.has(single.items[0] as number) && (single.amountKind === "partial" || single.amountKind === "overpaid")) candidates.splice(k, 1);
      }
      candidates.push(group);
    }
    if (!rule && !candidates.some((candidate) => candidate.exactAmount)) {
      const combination = counterpartyCombination(context, line);
      if (combination) candidates.push(combination);
    }
  }
  if (action?.kind === "create_and_match") for (const candidate of candidates) candidate.post = { kind: "charge_payment" };
  // A rule's tolerance is a bound: amounts beyond it (partial payments, overpayments) are not the rule's.
  const bounded = rule?.conditions.amount?.kind === "tolerance_fixed" || rule?.conditions.amount?.kind === "tolerance_percent";
  return candidates
    .filter((candidate) => candidate.score >= context.thresholds.suggestion && (!bounded || candidate.amountKind === "exact" || candidate.amountKind === "sum_exact" || candidate.amountKind === "tolerance")).sort(betterFirst).slice(0, searchBounds.keptPerLine);
}

/** A copy sorted by a text key computed once per element (code-unit order, independent of locale). */
function sortedBy<T>(values: readonly T[], key: (value: T) => string): T[] {
  const keys = values.map(key);
  const order = keys.map((_, i) => i);
  order.sort((a, b) => compareText(keys[a] as string, keys[b] as string) || a - b);
  return order.map((i) => values[i] as T);
}

const signed = (line: LineFeatures, value: bigint) => (line.sign < 0 ? -value : value);

export function matchStatementLines(lines: readonly MatchLine[], items: readonly OpenItem[], rules: readonly ReconciliationRule[], options: MatchOptions = {}): MatchResult {
  const thresholds: MatchThresholds = { ...defaultMatchThresholds, ...options.thresholds };
  const orderedItems = sortedBy(items, (item) => item.id);
  const orderedLines = sortedBy(lines, (line) => `${line.bookingDate}\u0000${line.id}`);
  const features = orderedItems.map(itemFeatures);
  const index = buildIndex(features);
  const context: Context = { index, thresholds, defaultTolerance: options.amountToleranceMinor ?? 0n, seen: new Int32Array(features.length), stamp: 0 };
  const activeRules = rulesInOrder(rules, options.bankAccountId ?? null);

  // 1. Candidates per line: the first rule whose conditions hold and that proposes something, else the engine's own.
  const lineFeatureList: LineFeatures[] = [];
  const perLine: Candidate[][] = [];
  for (const line of orderedLines) {
    const lf = lineFeatures(line);
    lineFeatureList.push(lf);
    let candidates: Candidate[] = [];
    if (lf.size > 0n && Number.isFinite(lf.day)) {
      for (const rule of activeRules) {
        const verdict = ruleHoldsForLine(rule, line);
        if (!verdict.holds) continue;
        candidates = candidatesFor(context, lf, rule, verdict);
        if (candidates.length > 0) break;
      }
      if (candidates.length === 0 && !options.rulesOnly) candidates = candidatesFor(context, lf, null, null);
    }
    // The line's reference keys are no longer needed: release them (memory on large runs).
    lf.keys = noKeys;
    perLine.push(candidates);
  }

  // 2. Contention: the best score any line's best candidate gives each item, and how many lines give it.
  const itemBest = new Int32Array(features.length).fill(-1);
  const itemBestCount = new Int32Array(features.length);
  for (const candidates of perLine) {
    const top = candidates[0];
    if (!top) continue;
    for (const i of top.items) {
      if (top.score > (itemBest[i] as number)) {
        itemBest[i] = top.score;
        itemBestCount[i] = 1;
      } else if (top.score === itemBest[i]) itemBestCount[i] = (itemBestCount[i] as number) + 1;
    }
  }

  // 3. Greedy assignment by best score, never above an item's open amount.
  const remaining = features.map((item) => item.size);
  const order = perLine.map((_, i) => i).filter((i) => (perLine[i] as Candidate[]).length > 0);
  order.sort((a, b) => ((perLine[b] as Candidate[])[0] as Candidate).score - ((perLine[a] as Candidate[])[0] as Candidate).score || a - b);
  const chosen: (number | null)[] = perLine.map(() => null);
  for (const lineIndex of order) {
    const candidates = perLine[lineIndex] as Candidate[];
    for (const [position, candidate] of candidates.entries()) {
      if (candidate.items.every((item, k) => (remaining[item] as bigint) >= (candidate.allocations[k] as bigint))) {
        candidate.items.forEach((item, k) => {
          remaining[item] = (remaining[item] as bigint) - (candidate.allocations[k] as bigint);
        });
        chosen[lineIndex] = position;
        break;
      }
    }
  }

  // 4. Proposals in line order.
  const allocationsPerItem = new Int32Array(features.length);
  for (const [lineIndex, position] of chosen.entries()) {
    if (position === null) continue;
    for (const i of ((perLine[lineIndex] as Candidate[])[position] as Candidate).items) allocationsPerItem[i] = (allocationsPerItem[i] as number) + 1;
  }
  const proposals: MatchProposal[] = [];
  const unmatchedLineIds: string[] = [];
  for (const [lineIndex, position] of chosen.entries()) {
    const lf = lineFeatureList[lineIndex] as LineFeatures;
    const candidates = perLine[lineIndex] as Candidate[];
    if (position === null) {
      if (lf.size > 0n) unmatchedLineIds.push(lf.line.id);
      continue;
    }
    const candidate = candidates[position] as Candidate;
    const second = candidates.find((_, k) => k !== position);
    const tied = second !== undefined && second.score === candidate.score;
    const contended = candidate.items.some((i) => itemBest[i] !== candidate.score || (itemBestCount[i] as number) > 1);
    const autoEligible = candidate.score >= thresholds.auto && candidate.exactAmount && candidate.referenceOrIban && position === 0 && !tied && !contended;
    const tier = autoEligible ? "auto" : candidate.score >= thresholds.high ? "high" : "suggestion";
    const reasons = explain(candidate, lf, features);
    if (tied) reasons.push({ code: "tie", message: "Another candidate for this line has the same score, so it is not applied automatically.", weight: 0 });
    else if (contended && candidate.score >= thresholds.auto && candidate.exactAmount && candidate.referenceOrIban) {
      reasons.push({ code: "contended", message: "Another statement line matches the same item as well, so it is not applied automatically.", weight: 0 });
    }
    const itemIds = candidate.items.map((i) => (features[i] as ItemFeatures).item.id);
    const allocations = candidate.items.map((i, k) => ({ itemId: (features[i] as ItemFeatures).item.id, amount: signed(lf, candidate.allocations[k] as bigint) }));
    let post: PostInstruction | null = null;
    if (candidate.post?.kind === "account") post = { kind: "account", accountId: candidate.post.accountId, memo: candidate.post.memo, amount: lf.line.unallocated };
    else if (candidate.post?.kind === "charge_payment" && itemIds[0] !== undefined) post = { kind: "charge_payment", chargeItemId: itemIds[0], amount: signed(lf, candidate.allocations[0] as bigint) };
    proposals.push({
      lineId: lf.line.id,
      action: candidate.post ? "create_and_match" : "match",
      shape: candidate.post?.kind === "account" ? "create" : candidate.items.length > 1 ? "one_to_many" : candidate.items.some((i) => (allocationsPerItem[i] as number) > 1) ? "many_to_one" : "one_to_one",
      allocations,
      post,
      lineRemainder: signed(lf, candidate.lineRemainder),
      score: candidate.score,
      scoreDisplay: candidate.score / 10000,
      tier,
      rule: candidate.rule ? { id: candidate.rule.id, name: candidate.rule.name } : null,
      reasons,
      alternatives: candidates.filter((_, k) => k !== position).map((other) => ({ itemIds: other.items.map((i) => (features[i] as ItemFeatures).item.id), score: other.score })),
    });
  }
  return { proposals, unmatchedLineIds };
}

/** Reasons whose sentence and weight never vary, shared (frozen) across proposals: large runs allocate less. */
const fixedReasons = {
  amountExact: Object.freeze({ code: "amount_exact", message: "The amount equals the item's open amount.", weight: weights.amountExact }),
  amountDiffers: Object.freeze({ code: "amount_differs", message: "The amount differs from the item's open amount.", weight: 0 }),
  endToEndId: Object.freeze({ code: "end_to_end_id", message: "The line's EndToEndId is the item's reference.", weight: weights.reference }),
  structuredReference: Object.freeze({ code: "structured_reference", message: "The item's structured reference appears in the line.", weight: weights.reference }),
  referenceMissing: Object.freeze({ code: "reference_missing", message: "No reference of the item appears in the line.", weight: 0 }),
  ibanEqual: Object.freeze({ code: "iban_equal", message: "The counterparty's IBAN is the item's.", weight: weights.iban }),
  counterpartyUnknown: Object.freeze({ code: "counterparty_unknown", message: "Neither the IBAN nor the name of the counterparty confirms the item.", weight: 0 }),
  dateWithinTerms: Object.freeze({ code: "date_within_terms", message: "The booking date falls within the item's payment terms.", weight: weights.date }),
} satisfies Record<string, Readonly<MatchReason>>;

function explain(candidate: Candidate, line: LineFeatures, features: ItemFeatures[]): MatchReason[] {
  const reasons: MatchReason[] = [];
  const numbers = candidate.items.map((i) => (features[i] as ItemFeatures).item.documentNumber ?? (features[i] as ItemFeatures).item.id).join(", ");
  const rule = candidate.rule;
  if (rule) reasons.push({ code: "rule_conditions", message: `The conditions of the rule "${rule.name}" hold for this line.`, weight: 0 });
  const verdict = candidate.ruleVerdict;
  if (candidate.post?.kind === "account" && verdict) {
    reasons.push({ code: "rule_conditions", message: "A rule that fires proposes its entry.", weight: 6000 });
    if (verdict.amountExact) reasons.push({ code: "rule_amount", message: "The amount is exactly the rule's amount.", weight: 2000 });
    else if (verdict.amountRange) reasons.push({ code: "rule_amount", message: "The amount lies in the rule's range.", weight: 1000 });
    if (verdict.textHit) reasons.push({ code: "rule_text", message: "The line's text matches the rule's text condition.", weight: 1000 });
    if (verdict.counterpartyAccountHit) reasons.push({ code: "rule_counterparty_account", message: "The counterparty account is the rule's.", weight: 1000 });
    return reasons;
  }
  const total = candidate.allocations.reduce((sum, value) => sum + value, 0n);
  const weight = amountWeight(candidate.amountKind as AmountKind);
  switch (candidate.amountKind) {
    case "exact":
      reasons.push(fixedReasons.amountExact);
      break;
    case "sum_exact":
      reasons.push({
        code: "amount_sum_exact",
        message: `The amount equals the sum of ${candidate.items.length} open items (${numbers})${candidate.leftOut ? `; ${candidate.leftOut} other referenced item(s) are left out` : ""}.`,
        weight,
      });
      break;
    case "tolerance":
      reasons.push({ code: "amount_within_tolerance", message: `The amount differs from the item's by ${line.size > total ? line.size - total : (features[candidate.items[0] as number] as ItemFeatures).size - line.size} minor units, within the tolerance.`, weight });
      break;
    case "partial":
      reasons.push({ code: "amount_partial", message: `The line pays part of ${numbers}; the rest stays open.`, weight });
      break;
    case "overpaid":
      reasons.push({ code: "amount_overpaid", message: `The line pays ${numbers} in full; ${candidate.lineRemainder} minor units of the line remain unallocated.`, weight });
      break;
    default:
      reasons.push(fixedReasons.amountDiffers);
  }
  if (candidate.referenceKind === "end_to_end_id") reasons.push(fixedReasons.endToEndId);
  else if (candidate.referenceKind === "structured_reference") reasons.push(fixedReasons.structuredReference);
  else if (candidate.referenceKind === "document_number") reasons.push({ code: "document_number", message: `The number ${numbers} appears in the line's reference or remittance text.`, weight: weights.reference });
  else reasons.push(fixedReasons.referenceMissing);
  if (candidate.counterparty.kind === "iban") reasons.push(fixedReasons.ibanEqual);
  else if (candidate.counterparty.kind === "name") reasons.push({ code: "name_similar", message: `The counterparty's name is ${Math.floor(candidate.counterparty.similarity / 100)}% similar to the item's.`, weight: candidate.counterparty.weight });
  else reasons.push(fixedReasons.counterpartyUnknown);
  const date = dateWeight(candidate.outside);
  if (candidate.outside === 0) reasons.push(fixedReasons.dateWithinTerms);
  else reasons.push({ code: "date_outside_terms", message: `The booking date is ${candidate.outside} days outside the item's payment terms.`, weight: date });
  return reasons;
}
