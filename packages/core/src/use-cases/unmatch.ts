import { z } from "zod";
import { reconciliationMatchSchema } from "../dto/reconciliation-dto";
import { failuresOf } from "../errors";
import { entityId } from "../fields";
import { matchView } from "../queries/reconciliation-queries";
import { lineStatusAfter } from "../reconciliation/allocations";
import { totalsBy } from "../reconciliation/record-match";
import { defineUseCase } from "../shared/define-use-case";
import { outcome } from "../shared/outcome";
import { mutationFailures } from "../shared/run-mutation";
import { sideEffects } from "../shared/side-effects";

export const unmatchInput = z.object({ matchId: entityId() });
export type UnmatchInput = z.input<typeof unmatchInput>;

export const unmatchFailures = failuresOf([...mutationFailures, "MATCH_NOT_FOUND", "MATCH_ALREADY_UNDONE"]);
const { fail } = unmatchFailures;

/**
 * Undoes a match: its allocations stop counting (both sides' allocated totals go down by them,
 * the lines go back to unreconciled) and the match is kept, marked undone, as the record of what
 * was matched. The match row is locked first, then its lines and items in the matchers' order.
 */
export const unmatch = defineUseCase({
  name: "unmatch",
  permission: "reconciliation.match",
  input: unmatchInput,
  failures: unmatchFailures,
  state: reconciliationMatchSchema,
  async run({ tx, actor }, input) {
    const match = await tx.reconciliation.lockMatch(actor.organizationId, input.matchId);
    if (!match) return fail("MATCH_NOT_FOUND", "No such match in this organization.", { field: "matchId" });
    if (match.status === "undone") return fail("MATCH_ALREADY_UNDONE", "This match was undone already.", { field: "matchId" });
    const bankAccount = await tx.bank.findBankAccount(actor.organizationId, match.bankAccountId);
    if (!bankAccount) throw new Error(`match ${match.id} names a bank account that does not exist`);
    const planned = match.allocations.map((a) => ({ statementLineId: a.statementLineId, journalLineId: a.journalLineId, amount: a.amountMinor }));
    const lineTotals = totalsBy(planned, (a) => a.statementLineId);
    const itemTotals = totalsBy(planned, (a) => a.journalLineId);
    const lines = new Map((await tx.reconciliation.lockStatementLines(actor.organizationId, bankAccount.id, [...lineTotals.keys()])).map((l) => [l.id, l]));
    await tx.reconciliation.lockLedgerItems(actor.organizationId, bankAccount.ledgerAccountId, [...itemTotals.keys()]);
    for (const [id, total] of lineTotals) {
      const line = lines.get(id);
      if (!line) throw new Error(`match ${match.id} allocates line ${id}, which is gone`);
      await tx.reconciliation.addToStatementLine(id, -total, lineStatusAfter(line.amountMinor, line.allocatedMinor - total));
    }
    for (const [id, total] of itemTotals) await tx.reconciliation.addToLedgerItem(id, -total);
    const undone = await tx.reconciliation.markMatchUndone(match.id, actor.userId);
    await sideEffects(tx, actor).audit("reconciliation.unmatched", "reconciliation_match", match.id, { status: "active" }, { status: "undone" });
    return outcome(matchView(undone), `Undid the match of ${lineTotals.size} statement line${lineTotals.size === 1 ? "" : "s"}.`, { triggered: ["recorded audit event reconciliation.unmatched"] });
  },
});
