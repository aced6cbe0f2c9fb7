import type { BankStatementLineRecord, LedgerItemRecord } from "@closebook/db";
import { z } from "zod";
import { acceptedSuggestionsSchema, type ReconciliationMatchView } from "../dto/reconciliation-dto";
import { failuresOf } from "../errors";
import { entityId } from "../fields";
import { computeProposals, matchView } from "../queries/reconciliation-queries";
import { allocationRefusal, matchTierOrder, type PlannedAllocation } from "../reconciliation/allocations";
import { recordMatch } from "../reconciliation/record-match";
import type { MatchProposal } from "../reconciliation/types";
import { defineUseCase } from "../shared/define-use-case";
import type { Warning } from "../shared/outcome";
import { outcome } from "../shared/outcome";
import { mutationFailures } from "../shared/run-mutation";
import { sideEffects } from "../shared/side-effects";

export const acceptSuggestionsInput = z.object({
  bankAccountId: entityId(),
  /** Accept the proposal of this one line; without it, every proposal at or above `minTier` and `minScore`. */
  statementLineId: entityId().optional(),
  minTier: z.enum(matchTierOrder).default("auto"),
  /** Basis points in [0, 10000]. */
  minScore: z.number({ message: "Give a score from 0 to 10000." }).int("Give a whole number of basis points.").min(0).max(10000).default(0),
});
export type AcceptSuggestionsInput = z.input<typeof acceptSuggestionsInput>;

export const acceptSuggestionsFailures = failuresOf([...mutationFailures, "BANK_ACCOUNT_NOT_FOUND", "PROPOSAL_NOT_FOUND"]);
const { fail } = acceptSuggestionsFailures;

const tierRank = (tier: MatchProposal["tier"]) => matchTierOrder.indexOf(tier);

/**
 * Applies the engine's proposals as matches: one line's proposal, or all at or above a tier and
 * score. The proposals are computed again inside the transaction (the client's amounts are never
 * used); the lines and items they touch are then locked (lines by id, then items by id) and each
 * proposal checked against the locked totals: one whose line or item was allocated meanwhile is
 * skipped with a warning. Lines already matched are not proposed again, so running it twice
 * changes nothing the second time.
 */
export const acceptSuggestions = defineUseCase({
  name: "accept-suggestions",
  permission: "reconciliation.match",
  input: acceptSuggestionsInput,
  failures: acceptSuggestionsFailures,
  state: acceptedSuggestionsSchema,
  async run({ tx, actor }, input) {
    const bankAccount = await tx.bank.findBankAccount(actor.organizationId, input.bankAccountId);
    if (!bankAccount) return fail("BANK_ACCOUNT_NOT_FOUND", "No such bank account in this organization.", { field: "bankAccountId" });
    const { proposals } = await computeProposals(tx, bankAccount);
    const warnings: Warning[] = [];
    let chosen: MatchProposal[];
    if (input.statementLineId) {
      const proposal = proposals.find((p) => p.lineId === input.statementLineId && p.action === "match");
      if (!proposal) return fail("PROPOSAL_NOT_FOUND", "There is no match proposed for this statement line now.", { field: "statementLineId" });
      chosen = [proposal];
    } else {
      const eligible = proposals.filter((p) => tierRank(p.tier) <= tierRank(input.minTier) && p.score >= input.minScore);
      chosen = eligible.filter((p) => p.action === "match");
      const creations = eligible.length - chosen.length;
      if (creations > 0) warnings.push({ code: "CREATE_AND_MATCH_LEFT", message: `${creations} proposal${creations === 1 ? "" : "s"} would post a new entry first; accept ${creations === 1 ? "it" : "them"} one by one.` });
    }
    const lineIds = [...new Set(chosen.map((p) => p.lineId))];
    const itemIds = [...new Set(chosen.flatMap((p) => p.allocations.map((a) => a.itemId)))];
    const lines = new Map<string, BankStatementLineRecord>((await tx.reconciliation.lockStatementLines(actor.organizationId, bankAccount.id, lineIds)).map((l) => [l.id, l]));
    const items = new Map<string, LedgerItemRecord>((await tx.reconciliation.lockLedgerItems(actor.organizationId, bankAccount.ledgerAccountId, itemIds)).map((i) => [i.journalLineId, i]));
    const effects = sideEffects(tx, actor);
    const matches: ReconciliationMatchView[] = [];
    const skippedLineIds: string[] = [];
    for (const proposal of chosen) {
      const planned: PlannedAllocation[] = proposal.allocations.map((a) => ({ statementLineId: proposal.lineId, journalLineId: a.itemId, amount: a.amount }));
      const line = lines.get(proposal.lineId);
      const touched = planned.map((a) => items.get(a.journalLineId));
      const refusal =
        !line || line.status !== "unreconciled" || touched.some((item) => !item)
          ? { reason: "The statement line or a ledger item changed meanwhile." }
          : allocationRefusal(
              [line],
              touched.flatMap((item) => (item ? [{ id: item.journalLineId, amountMinor: item.amountMinor, allocatedMinor: item.allocatedMinor }] : [])),
              planned,
            );
      if (refusal || !line) {
        skippedLineIds.push(proposal.lineId);
        warnings.push({ code: "PROPOSAL_SKIPPED", message: `The proposal for statement line ${proposal.lineId} was skipped: ${refusal?.reason ?? "its line changed meanwhile."}` });
        continue;
      }
      const method = input.statementLineId || proposal.tier !== "auto" ? "suggestion" : "auto";
      const match = await recordMatch(tx, actor, { bankAccountId: bankAccount.id, method, rule: proposal.rule, score: proposal.score, reasons: proposal.reasons }, planned, lines, items);
      // Later proposals of this call see what this one allocated.
      const lineDelta = planned.reduce((sum, a) => sum + a.amount, 0n);
      const allocated = line.allocatedMinor + lineDelta;
      lines.set(line.id, { ...line, allocatedMinor: allocated, status: allocated === line.amountMinor ? "matched" : "unreconciled" });
      for (const a of planned) {
        const item = items.get(a.journalLineId);
        if (item) items.set(item.journalLineId, { ...item, allocatedMinor: item.allocatedMinor + a.amount });
      }
      const view = matchView(match);
      matches.push(view);
      await effects.audit("reconciliation.matched", "reconciliation_match", match.id, null, {
        method,
        score: proposal.score,
        tier: proposal.tier,
        allocations: view.allocations.map((a) => ({ statementLineId: a.statementLineId, journalLineId: a.journalLineId, amountMinor: a.amountMinor.toString() })),
      });
    }
    const message = matches.length === 0 ? "No proposal was applied." : `Applied ${matches.length} proposal${matches.length === 1 ? "" : "s"} as matches.`;
    return outcome({ matches, skippedLineIds }, message, { triggered: matches.map(() => "recorded audit event reconciliation.matched"), warnings });
  },
});
