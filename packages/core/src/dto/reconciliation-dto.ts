/** The response DTOs of reconciliation: open ledger items, the engine's proposals, matches. */
import { z } from "zod";
import { reconciliationMatchMethods, reconciliationMatchStatuses } from "../domain/enums";
import { wire } from "../fields";
import type { LedgerOpenItem } from "../reconciliation/allocations";
import type { MatchProposal, MatchReason, ReasonCode } from "../reconciliation/types";
import type { Expect, Same } from "../shared/type-check";

const reasonCodes = [
  "amount_exact",
  "amount_sum_exact",
  "amount_within_tolerance",
  "amount_partial",
  "amount_overpaid",
  "amount_differs",
  "end_to_end_id",
  "structured_reference",
  "document_number",
  "reference_missing",
  "iban_equal",
  "name_similar",
  "counterparty_unknown",
  "date_within_terms",
  "date_outside_terms",
  "rule_conditions",
  "rule_amount",
  "rule_text",
  "rule_counterparty_account",
  "tie",
  "contended",
] as const satisfies readonly ReasonCode[];

export const matchReasonSchema = z.object({ code: z.enum(reasonCodes), message: wire.text(), weight: z.number().int() });

export const ledgerOpenItemSchema = z.object({
  id: wire.text(),
  kind: z.enum(["ledger_line", "charge", "movement"]),
  date: wire.text(),
  dueDate: wire.text().nullable(),
  openAmount: wire.money(),
  currency: wire.text(),
  documentNumber: wire.text().nullable(),
  references: z.array(wire.text()),
  counterpartyName: wire.text().nullable(),
  counterpartyAccount: wire.text().nullable(),
  paymentTermsDays: z.number().int().nullable(),
  entryId: wire.text(),
  entryNumber: wire.text(),
  sourceNumber: wire.text().nullable(),
  memo: wire.text(),
  amountMinor: wire.money(),
  allocatedMinor: wire.money(),
});
export const ledgerOpenItemListSchema = z.array(ledgerOpenItemSchema);

export const matchProposalSchema = z.object({
  lineId: wire.text(),
  action: z.enum(["match", "create_and_match"]),
  shape: z.enum(["one_to_one", "one_to_many", "many_to_one", "create"]),
  allocations: z.array(z.object({ itemId: wire.text(), amount: wire.money() })),
  post: z
    .discriminatedUnion("kind", [
      z.object({ kind: z.literal("account"), accountId: wire.text(), memo: wire.text().nullable(), amount: wire.money() }),
      z.object({ kind: z.literal("charge_payment"), chargeItemId: wire.text(), amount: wire.money() }),
    ])
    .nullable(),
  lineRemainder: wire.money(),
  score: z.number().int(),
  scoreDisplay: z.number(),
  tier: z.enum(["auto", "high", "suggestion"]),
  rule: z.object({ id: wire.text(), name: wire.text() }).nullable(),
  reasons: z.array(matchReasonSchema),
  alternatives: z.array(z.object({ itemIds: z.array(wire.text()), score: z.number().int() })),
});

/** The engine's proposals for a bank account's unreconciled lines (nothing written). */
export interface ProposalsView {
  proposals: MatchProposal[];
  unmatchedLineIds: string[];
}
export const proposalsViewSchema = z.object({ proposals: z.array(matchProposalSchema), unmatchedLineIds: z.array(wire.text()) });

/** A match of statement lines to ledger items, with its allocations. */
export interface ReconciliationMatchView {
  id: string;
  bankAccountId: string;
  method: (typeof reconciliationMatchMethods)[number];
  ruleId: string | null;
  ruleName: string | null;
  score: number | null;
  reasons: MatchReason[];
  status: (typeof reconciliationMatchStatuses)[number];
  matchedBy: string;
  matchedAt: Date;
  undoneBy: string | null;
  undoneAt: Date | null;
  allocations: { id: string; statementLineId: string; journalLineId: string; amountMinor: bigint }[];
}

export const reconciliationMatchSchema = z.object({
  id: wire.text(),
  bankAccountId: wire.text(),
  method: z.enum(reconciliationMatchMethods),
  ruleId: wire.text().nullable(),
  ruleName: wire.text().nullable(),
  score: z.number().int().nullable(),
  reasons: z.array(matchReasonSchema),
  status: z.enum(reconciliationMatchStatuses),
  matchedBy: wire.text(),
  matchedAt: wire.date(),
  undoneBy: wire.text().nullable(),
  undoneAt: wire.date().nullable(),
  allocations: z.array(z.object({ id: wire.text(), statementLineId: wire.text(), journalLineId: wire.text(), amountMinor: wire.money() })),
});

/** What accept-suggestions applied: the matches made and the lines skipped. */
export interface AcceptedSuggestionsView {
  matches: ReconciliationMatchView[];
  skippedLineIds: string[];
}
export const acceptedSuggestionsSchema = z.object({ matches: z.array(reconciliationMatchSchema), skippedLineIds: z.array(wire.text()) });

type _Checks = [
  Expect<Same<z.infer<typeof matchReasonSchema>, MatchReason>>,
  Expect<Same<z.infer<typeof ledgerOpenItemSchema>, LedgerOpenItem>>,
  Expect<Same<z.infer<typeof matchProposalSchema>, MatchProposal>>,
  Expect<Same<z.infer<typeof proposalsViewSchema>, ProposalsView>>,
  Expect<Same<z.infer<typeof reconciliationMatchSchema>, ReconciliationMatchView>>,
  Expect<Same<z.infer<typeof acceptedSuggestionsSchema>, AcceptedSuggestionsView>>,
];
