/**
 * The matching engine's own view of statement lines and open ledger items. Pure data: the
 * reconcile-account and accept-suggestions use cases load these from the repositories, call
 * `matchStatementLines`, and persist the proposals it returns.
 *
 * Amounts are signed bigint minor units: money in (a credit to the bank account) is positive on
 * both sides, so a customer's payment (+) matches an open charge (+) and a supplier payment (−)
 * matches an approved movement (−). Dates are the bank's calendar dates, `YYYY-MM-DD`.
 */

import type { ParsedStatementLine } from "../bank-statements/parsed-statement";

/** A statement line as matched: the bank's line (its text fields as read), its id, and what of it is still unallocated. */
export interface MatchLine
  extends Pick<
    ParsedStatementLine,
    | "bookingDate"
    | "valueDate"
    | "amount"
    | "currency"
    | "bankReference"
    | "endToEndId"
    | "counterpartyName"
    | "counterpartyAccount"
    | "remittanceInformation"
    | "structuredReference"
    | "additionalInformation"
  > {
  id: string;
  /** The part of `amount` not yet allocated (same sign as `amount`, |unallocated| ≤ |amount|). */
  unallocated: bigint;
}

export type OpenItemKind = "ledger_line" | "charge" | "movement";

export interface OpenItem {
  id: string;
  kind: OpenItemKind;
  /** Issue, posting or approval date. */
  date: string;
  dueDate: string | null;
  /** Signed open amount, money in positive (an open charge is +, an approved payment −). */
  openAmount: bigint;
  currency: string;
  /** `CH-000123`, `MV-000045`, `JE-000012`. */
  documentNumber: string | null;
  /** Other references: a structured creditor reference (RF…), a supplier's invoice number. */
  references: string[];
  /** The EndToEndId sent with an outgoing payment, when known. */
  endToEndId?: string | null;
  counterpartyName: string | null;
  counterpartyAccount: string | null;
  /** Payment terms in days after `date`, used when there is no due date. */
  paymentTermsDays: number | null;
}

/** Thresholds in basis points of a score in [0, 10000]. */
export interface MatchThresholds {
  /** Auto-applied at or above this (with an exact amount and a reference or IBAN hit). Default 9000. */
  auto: number;
  /** High-confidence suggestion at or above this. Default 7500. */
  high: number;
  /** Plain suggestion at or above this; below it nothing is proposed. Default 6000. */
  suggestion: number;
}

export const defaultMatchThresholds: MatchThresholds = { auto: 9000, high: 7500, suggestion: 6000 };

export type MatchTier = "auto" | "high" | "suggestion";

export type ReasonCode =
  | "amount_exact"
  | "amount_sum_exact"
  | "amount_within_tolerance"
  | "amount_partial"
  | "amount_overpaid"
  | "amount_differs"
  | "end_to_end_id"
  | "structured_reference"
  | "document_number"
  | "reference_missing"
  | "iban_equal"
  | "name_similar"
  | "counterparty_unknown"
  | "date_within_terms"
  | "date_outside_terms"
  | "rule_conditions"
  | "rule_amount"
  | "rule_text"
  | "rule_counterparty_account"
  | "tie"
  | "contended";

export interface MatchReason {
  code: ReasonCode;
  /** A sentence for the workbench. */
  message: string;
  /** Basis points this reason added to the score (0 for information). */
  weight: number;
}

export interface Allocation {
  itemId: string;
  /** Signed like the line: the part of the line allocated to the item. */
  amount: bigint;
}

export type PostInstruction =
  | { kind: "account"; accountId: string; memo: string | null; amount: bigint }
  | { kind: "charge_payment"; chargeItemId: string; amount: bigint };

export type ProposalShape = "one_to_one" | "one_to_many" | "many_to_one" | "create";

export interface MatchProposal {
  lineId: string;
  action: "match" | "create_and_match";
  shape: ProposalShape;
  allocations: Allocation[];
  /** What `create_and_match` posts (a fee entry, a charge payment). */
  post: PostInstruction | null;
  /** The part of the line's unallocated amount this proposal leaves unallocated. */
  lineRemainder: bigint;
  /** Basis points in [0, 10000]; the decision uses this integer only. */
  score: number;
  /** `score / 10000`, for display only. */
  scoreDisplay: number;
  tier: MatchTier;
  rule: { id: string; name: string } | null;
  reasons: MatchReason[];
  /** Other candidates of the line that were not chosen, best first. */
  alternatives: { itemIds: string[]; score: number }[];
}

export interface MatchResult {
  /** One proposal at most per line, ordered by the line's booking date then id. */
  proposals: MatchProposal[];
  /** Lines nothing could explain, in the same order. */
  unmatchedLineIds: string[];
}
