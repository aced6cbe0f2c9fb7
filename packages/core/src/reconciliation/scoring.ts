/**
 * The explainable score of a candidate: integer basis points in [0, 10000], the sum of four
 * components, each with a reason.
 *
 * - amount (≤ 4000): exact 4000; a sum of several items exact 4000; within a tolerance 2500;
 *   a partial payment of a referenced item 2500; an overpayment of a referenced item 2000.
 * - reference (≤ 3000): the line's EndToEndId equals the item's; the item's structured
 *   reference or its document number found in the line's reference or remittance text
 *   (tolerant to spacing, dashes and leading zeros).
 * - counterparty (≤ 2500): IBAN equal 2500; otherwise name similarity (token Jaccard after
 *   company suffixes and punctuation are removed) of at least 50%, scaled to at most 1800.
 * - date (≤ 500): the line falls in the item's window (7 days before its date to 15 days after
 *   its due date, or its date plus payment terms); 25 less per day outside, down to 0.
 */
import type { MatchLine, OpenItem, ReasonCode } from "./types";
import { absolute, canonicalAccount, canonicalReference, dayNumber, isReferenceKey, nameSimilarity, nameTokens, referenceKeysInText } from "./normalize";

export const weights = {
  amountExact: 4000,
  amountTolerance: 2500,
  amountPartial: 2500,
  amountOverpaid: 2000,
  reference: 3000,
  iban: 2500,
  nameMax: 1800,
  nameFloor: 5000,
  date: 500,
  datePerDayOutside: 25,
  dateEarlyDays: 7,
  dateLateDays: 15,
} as const;

/** What the engine precomputes of a line once. */
export interface LineFeatures {
  line: MatchLine;
  size: bigint;
  sign: 1 | -1;
  day: number;
  keys: Set<string>;
  endToEndKey: string | null;
  structuredKey: string | null;
  iban: string | null;
  name: string[];
}

/** What the engine precomputes of an item once. */
export interface ItemFeatures {
  item: OpenItem;
  size: bigint;
  /** Nothing left open. */
  settled: boolean;
  sign: 1 | -1;
  day: number;
  /** Last day of the payment window: due date, or date + payment terms, or the date. */
  windowEnd: number;
  documentKey: string | null;
  referenceKeys: string[];
  endToEndKey: string | null;
  iban: string | null;
  name: string[] | null;
}

export function lineFeatures(line: MatchLine): LineFeatures {
  const keys = new Set<string>();
  for (const value of [line.remittanceInformation, line.additionalInformation, line.endToEndId, line.structuredReference]) {
    if (value) referenceKeysInText(value, keys);
  }
  const endToEndKey = line.endToEndId ? canonicalReference(line.endToEndId) : null;
  const structuredKey = line.structuredReference ? canonicalReference(line.structuredReference) : null;
  if (endToEndKey && isReferenceKey(endToEndKey)) keys.add(endToEndKey);
  if (structuredKey && isReferenceKey(structuredKey)) keys.add(structuredKey);
  return {
    line,
    size: absolute(line.unallocated),
    sign: line.unallocated < 0n ? -1 : 1,
    day: dayNumber(line.bookingDate),
    keys,
    endToEndKey: endToEndKey && isReferenceKey(endToEndKey) ? endToEndKey : null,
    structuredKey: structuredKey && isReferenceKey(structuredKey) ? structuredKey : null,
    iban: canonicalAccount(line.counterpartyAccount),
    name: nameTokens(line.counterpartyName),
  };
}

export function itemFeatures(item: OpenItem): ItemFeatures {
  const day = dayNumber(item.date);
  const due = item.dueDate ? dayNumber(item.dueDate) : Number.NaN;
  const windowEnd = Number.isFinite(due) ? due : day + Math.max(0, item.paymentTermsDays ?? 0);
  const documentKey = item.documentNumber ? canonicalReference(item.documentNumber) : null;
  const endToEndKey = item.endToEndId ? canonicalReference(item.endToEndId) : null;
  return {
    item,
    size: absolute(item.openAmount),
    settled: item.openAmount === 0n,
    sign: item.openAmount < 0n ? -1 : 1,
    day,
    windowEnd: Math.max(day, windowEnd),
    documentKey: documentKey && isReferenceKey(documentKey) ? documentKey : null,
    referenceKeys: item.references.map(canonicalReference).filter(isReferenceKey),
    endToEndKey: endToEndKey && isReferenceKey(endToEndKey) ? endToEndKey : null,
    iban: canonicalAccount(item.counterpartyAccount),
    name: null,
  };
}

/** All keys under which an item is found by reference. */
export function itemKeys(item: ItemFeatures): string[] {
  if (item.referenceKeys.length === 0 && !item.endToEndKey) return item.documentKey ? [item.documentKey] : [];
  const keys = [...item.referenceKeys];
  if (item.documentKey) keys.push(item.documentKey);
  if (item.endToEndKey) keys.push(item.endToEndKey);
  return [...new Set(keys)];
}

export type ReferenceKind = "end_to_end_id" | "structured_reference" | "document_number";

export function referenceHit(line: LineFeatures, item: ItemFeatures): ReferenceKind | null {
  if (line.endToEndKey && (line.endToEndKey === item.endToEndKey || line.endToEndKey === item.documentKey || item.referenceKeys.includes(line.endToEndKey))) {
    return "end_to_end_id";
  }
  if (line.structuredKey && (line.structuredKey === item.documentKey || item.referenceKeys.includes(line.structuredKey))) return "structured_reference";
  if (item.documentKey && line.keys.has(item.documentKey)) return "document_number";
  for (const key of item.referenceKeys) if (line.keys.has(key)) return "structured_reference";
  if (item.endToEndKey && line.keys.has(item.endToEndKey)) return "end_to_end_id";
  return null;
}

export interface Evidence {
  code: ReasonCode;
  weight: number;
  detail: string;
}

export interface CounterpartyEvidence {
  weight: number;
  kind: "iban" | "name" | null;
  similarity: number;
}

export function counterpartyEvidence(line: LineFeatures, item: ItemFeatures): CounterpartyEvidence {
  if (line.iban && item.iban && line.iban === item.iban) return { weight: weights.iban, kind: "iban", similarity: 10000 };
  item.name ??= nameTokens(item.item.counterpartyName);
  const similarity = nameSimilarity(line.name, item.name);
  if (similarity >= weights.nameFloor) return { weight: Math.floor((similarity * weights.nameMax) / 10000), kind: "name", similarity };
  return { weight: 0, kind: null, similarity };
}

/** Days the line lies outside the item's payment window (0 inside). */
export function daysOutside(line: LineFeatures, item: ItemFeatures): number {
  const start = item.day - weights.dateEarlyDays;
  const end = item.windowEnd + weights.dateLateDays;
  if (line.day < start) return start - line.day;
  if (line.day > end) return line.day - end;
  return 0;
}

export function dateWeight(outside: number): number {
  return Math.max(0, weights.date - outside * weights.datePerDayOutside);
}

export type AmountKind = "exact" | "sum_exact" | "tolerance" | "partial" | "overpaid" | "differs";

export function amountWeight(kind: AmountKind): number {
  switch (kind) {
    case "exact":
    case "sum_exact":
      return weights.amountExact;
    case "tolerance":
      return weights.amountTolerance;
    case "partial":
      return weights.amountPartial;
    case "overpaid":
      return weights.amountOverpaid;
    case "differs":
      return 0;
  }
}

/** Amount relation of one line to one item, given the tolerance in minor units (0 for none). */
export function amountKindOf(lineSize: bigint, itemSize: bigint, tolerance: bigint, referenced: boolean): AmountKind {
  if (lineSize === itemSize) return "exact";
  const difference = absolute(lineSize - itemSize);
  if (tolerance > 0n && difference <= tolerance) return "tolerance";
  if (!referenced) return "differs";
  return lineSize < itemSize ? "partial" : "overpaid";
}
