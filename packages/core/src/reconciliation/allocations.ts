/**
 * The rules of allocating statement lines to ledger items, pure: how a stored line and a posted
 * journal line look to the matching engine, what status a line has after an allocation, how a
 * balanced set of line amounts and item amounts is paired into allocations, and which refusal a
 * proposed allocation meets against the current (locked) totals. The use cases call these; the
 * repositories only persist what they decide.
 */
import type { BankStatementLineRecord, BankStatementLineStatus, LedgerItemRecord } from "@closebook/db";
import type { MatchLine, OpenItem } from "./types";

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** A stored statement line as the engine sees it. */
export function toMatchLine(line: BankStatementLineRecord): MatchLine {
  return {
    id: line.id,
    bookingDate: isoDate(line.bookingDate),
    valueDate: line.valueDate ? isoDate(line.valueDate) : null,
    amount: line.amountMinor,
    currency: line.currency,
    bankReference: line.bankReference,
    endToEndId: line.endToEndId,
    counterpartyName: line.counterpartyName,
    counterpartyAccount: line.counterpartyAccount,
    remittanceInformation: line.remittanceInformation,
    structuredReference: line.structuredReference,
    additionalInformation: line.additionalInformation,
    unallocated: line.amountMinor - line.allocatedMinor,
  };
}

/** A posted journal line of the bank's ledger account, open for reconciliation. */
export interface LedgerOpenItem extends Omit<OpenItem, "endToEndId"> {
  entryId: string;
  /** JE-…: the entry the line belongs to. */
  entryNumber: string;
  /** CH-… or MV-…: the charge or movement the entry comes from, if any. */
  sourceNumber: string | null;
  memo: string;
  /** The line's signed amount (debit to the bank positive) and what is allocated of it. */
  amountMinor: bigint;
  allocatedMinor: bigint;
}

/** A posted journal line as the engine sees it: its document number is the charge's or movement's, else the entry's. */
export function toOpenItem(item: LedgerItemRecord): LedgerOpenItem {
  const references = [item.entryNumber, ...(item.sourceNumber ? [item.sourceNumber] : [])];
  return {
    id: item.journalLineId,
    kind: "ledger_line",
    date: isoDate(item.effectiveDate),
    dueDate: null,
    openAmount: item.amountMinor - item.allocatedMinor,
    currency: item.currency,
    documentNumber: item.sourceNumber ?? item.entryNumber,
    references,
    counterpartyName: item.counterpartyName,
    counterpartyAccount: null,
    paymentTermsDays: null,
    entryId: item.entryId,
    entryNumber: item.entryNumber,
    sourceNumber: item.sourceNumber,
    memo: item.lineMemo ?? item.entryMemo,
    amountMinor: item.amountMinor,
    allocatedMinor: item.allocatedMinor,
  };
}

/** A line is matched once allocated in full; partly allocated, it stays to reconcile. */
export function lineStatusAfter(amountMinor: bigint, allocatedMinor: bigint): BankStatementLineStatus {
  return allocatedMinor === amountMinor ? "matched" : "unreconciled";
}

export interface SideAmount {
  id: string;
  amount: bigint;
}

export interface PlannedAllocation {
  statementLineId: string;
  journalLineId: string;
  amount: bigint;
}

/**
 * Pairs line amounts with item amounts that sum to the same total (1↔1, 1↔n, n↔1, n↔m): lines
 * and items in the given order, each line's amount spread over the items until they are used.
 * Amounts all carry one sign; the caller checked the totals are equal.
 */
export function pairAllocations(lines: readonly SideAmount[], items: readonly SideAmount[]): PlannedAllocation[] {
  const planned: PlannedAllocation[] = [];
  const left = items.map((item) => item.amount);
  let i = 0;
  for (const line of lines) {
    let rest = line.amount;
    while (rest !== 0n && i < items.length) {
      const item = items[i];
      const itemLeft = left[i];
      if (item === undefined || itemLeft === undefined) break;
      const take = abs(rest) <= abs(itemLeft) ? rest : itemLeft;
      if (take !== 0n) planned.push({ statementLineId: line.id, journalLineId: item.id, amount: take });
      rest -= take;
      left[i] = itemLeft - take;
      if (left[i] === 0n) i++;
    }
  }
  return planned;
}

export const abs = (value: bigint) => (value < 0n ? -value : value);
const sameSign = (a: bigint, b: bigint) => (a > 0n && b > 0n) || (a < 0n && b < 0n);

export type AllocationRefusal =
  | { code: "ALLOCATION_SIGN_MISMATCH"; reason: string; details: Record<string, string> }
  | { code: "ALLOCATION_EXCEEDS_OPEN_AMOUNT"; reason: string; details: Record<string, string> }
  | { code: "STATEMENT_LINE_NOT_OPEN"; reason: string; details: Record<string, string> };

/**
 * Whether allocating these amounts of these lines and items is allowed now: every line open
 * (not excluded), every amount non-zero with its line's and item's sign, and no line or item
 * allocated past its amount counting what is allocated already.
 */
export function allocationRefusal(
  lines: readonly { id: string; amountMinor: bigint; allocatedMinor: bigint; status: BankStatementLineStatus }[],
  items: readonly { id: string; amountMinor: bigint; allocatedMinor: bigint }[],
  planned: readonly PlannedAllocation[],
): AllocationRefusal | null {
  const lineById = new Map(lines.map((line) => [line.id, line]));
  const itemById = new Map(items.map((item) => [item.id, item]));
  const lineTotals = new Map<string, bigint>();
  const itemTotals = new Map<string, bigint>();
  for (const allocation of planned) {
    const line = lineById.get(allocation.statementLineId);
    const item = itemById.get(allocation.journalLineId);
    if (!line || !item) throw new Error("allocationRefusal: an allocation names a line or item it was not given");
    if (line.status === "excluded") return { code: "STATEMENT_LINE_NOT_OPEN", reason: "The statement line is excluded from reconciliation; include it again first.", details: { statementLineId: line.id } };
    if (!sameSign(allocation.amount, line.amountMinor) || !sameSign(allocation.amount, item.amountMinor)) {
      return {
        code: "ALLOCATION_SIGN_MISMATCH",
        reason: "Money in matches money in and money out matches money out: the line's and the ledger item's signs differ from the amount.",
        details: { statementLineId: line.id, journalLineId: item.id },
      };
    }
    lineTotals.set(line.id, (lineTotals.get(line.id) ?? 0n) + allocation.amount);
    itemTotals.set(item.id, (itemTotals.get(item.id) ?? 0n) + allocation.amount);
  }
  for (const [id, total] of lineTotals) {
    const line = lineById.get(id);
    if (line && abs(line.allocatedMinor + total) > abs(line.amountMinor)) {
      return { code: "ALLOCATION_EXCEEDS_OPEN_AMOUNT", reason: `The statement line has ${(line.amountMinor - line.allocatedMinor).toString()} minor units left to allocate, not ${total.toString()}.`, details: { statementLineId: id, openMinor: (line.amountMinor - line.allocatedMinor).toString() } };
    }
  }
  for (const [id, total] of itemTotals) {
    const item = itemById.get(id);
    if (item && abs(item.allocatedMinor + total) > abs(item.amountMinor)) {
      return { code: "ALLOCATION_EXCEEDS_OPEN_AMOUNT", reason: `The ledger item has ${(item.amountMinor - item.allocatedMinor).toString()} minor units left to allocate, not ${total.toString()}.`, details: { journalLineId: id, openMinor: (item.amountMinor - item.allocatedMinor).toString() } };
    }
  }
  return null;
}

/** Tiers from strongest: a proposal is "at or above" a tier when its index is not larger. */
export const matchTierOrder = ["auto", "high", "suggestion"] as const;
