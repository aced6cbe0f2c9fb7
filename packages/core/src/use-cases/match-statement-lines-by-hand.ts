import { z } from "zod";
import { reconciliationMatchSchema } from "../dto/reconciliation-dto";
import { failuresOf } from "../errors";
import { entityId, signedAmountMinor } from "../fields";
import { matchView } from "../queries/reconciliation-queries";
import { allocationRefusal, pairAllocations } from "../reconciliation/allocations";
import { recordMatch } from "../reconciliation/record-match";
import { defineUseCase } from "../shared/define-use-case";
import { outcome } from "../shared/outcome";
import { mutationFailures } from "../shared/run-mutation";
import { sideEffects } from "../shared/side-effects";

const distinct = (ids: readonly string[]) => new Set(ids).size === ids.length;

export const matchStatementLinesByHandInput = z.object({
  bankAccountId: entityId(),
  /** The statement lines and how much of each to allocate (signed like the line). */
  lines: z
    .array(z.object({ statementLineId: entityId(), amountMinor: signedAmountMinor() }))
    .min(1, "Choose at least one statement line.")
    .max(50)
    .refine((rows) => distinct(rows.map((l) => l.statementLineId)), "Name each statement line once."),
  /** The ledger items (posted journal lines of the bank's ledger account) and how much of each to allocate. */
  items: z
    .array(z.object({ journalLineId: entityId(), amountMinor: signedAmountMinor() }))
    .min(1, "Choose at least one ledger item.")
    .max(50)
    .refine((rows) => distinct(rows.map((i) => i.journalLineId)), "Name each ledger item once."),
});
export type MatchStatementLinesByHandInput = z.input<typeof matchStatementLinesByHandInput>;

export const matchStatementLinesByHandFailures = failuresOf([
  ...mutationFailures,
  "BANK_ACCOUNT_NOT_FOUND",
  "STATEMENT_LINE_NOT_FOUND",
  "LEDGER_ITEM_NOT_FOUND",
  "CURRENCY_MISMATCH",
  "MATCH_UNBALANCED",
  "STATEMENT_LINE_NOT_OPEN",
  "ALLOCATION_SIGN_MISMATCH",
  "ALLOCATION_EXCEEDS_OPEN_AMOUNT",
]);
const { fail } = matchStatementLinesByHandFailures;

const sum = (amounts: readonly bigint[]) => amounts.reduce((total, amount) => total + amount, 0n);

/**
 * Matches statement lines to ledger items by hand, in any shape (1↔1, 1↔n with partial
 * allocation, n↔1): the line amounts and the item amounts must balance to the cent. A line is
 * matched once allocated in full. The lines and items are locked first (lines by id, then items
 * by id), so two people matching the same line at once take turns and the second is refused.
 */
export const matchStatementLinesByHand = defineUseCase({
  name: "match-statement-lines",
  permission: "reconciliation.match",
  input: matchStatementLinesByHandInput,
  failures: matchStatementLinesByHandFailures,
  state: reconciliationMatchSchema,
  async run({ tx, actor }, input) {
    const bankAccount = await tx.bank.findBankAccount(actor.organizationId, input.bankAccountId);
    if (!bankAccount) return fail("BANK_ACCOUNT_NOT_FOUND", "No such bank account in this organization.", { field: "bankAccountId" });
    const lineIds = input.lines.map((l) => l.statementLineId);
    const itemIds = input.items.map((i) => i.journalLineId);
    const lines = new Map((await tx.reconciliation.lockStatementLines(actor.organizationId, bankAccount.id, lineIds)).map((line) => [line.id, line]));
    const missingLine = input.lines.findIndex((l) => !lines.has(l.statementLineId));
    if (missingLine >= 0) return fail("STATEMENT_LINE_NOT_FOUND", "No such statement line on this bank account.", { field: `lines.${missingLine}.statementLineId` });
    const items = new Map((await tx.reconciliation.lockLedgerItems(actor.organizationId, bankAccount.ledgerAccountId, itemIds)).map((item) => [item.journalLineId, item]));
    const missingItem = input.items.findIndex((i) => !items.has(i.journalLineId));
    if (missingItem >= 0) return fail("LEDGER_ITEM_NOT_FOUND", "No such posted line on this bank account's ledger account.", { field: `items.${missingItem}.journalLineId` });
    const currencies = new Set([...[...lines.values()].map((l) => l.currency), ...[...items.values()].map((i) => i.currency)]);
    if (currencies.size > 1) return fail("CURRENCY_MISMATCH", `The lines and items are in different currencies (${[...currencies].sort().join(", ")}).`);
    const linesTotal = sum(input.lines.map((l) => l.amountMinor));
    const itemsTotal = sum(input.items.map((i) => i.amountMinor));
    if (linesTotal !== itemsTotal) {
      const differenceMinor = linesTotal - itemsTotal;
      return fail("MATCH_UNBALANCED", `The statement lines come to ${linesTotal.toString()} and the ledger items to ${itemsTotal.toString()} minor units: a difference of ${differenceMinor.toString()}.`, {
        linesTotalMinor: linesTotal.toString(),
        itemsTotalMinor: itemsTotal.toString(),
        differenceMinor: differenceMinor.toString(),
      });
    }
    const planned = pairAllocations(
      input.lines.map((l) => ({ id: l.statementLineId, amount: l.amountMinor })),
      input.items.map((i) => ({ id: i.journalLineId, amount: i.amountMinor })),
    );
    const refusal = allocationRefusal(
      [...lines.values()],
      [...items.values()].map((item) => ({ id: item.journalLineId, amountMinor: item.amountMinor, allocatedMinor: item.allocatedMinor })),
      planned,
    );
    if (refusal) return fail(refusal.code, refusal.reason, refusal.details);
    const match = await recordMatch(tx, actor, { bankAccountId: bankAccount.id, method: "manual", rule: null, score: null, reasons: [] }, planned, lines, items);
    const view = matchView(match);
    await sideEffects(tx, actor).audit("reconciliation.matched", "reconciliation_match", match.id, null, {
      method: "manual",
      allocations: view.allocations.map((a) => ({ statementLineId: a.statementLineId, journalLineId: a.journalLineId, amountMinor: a.amountMinor.toString() })),
    });
    return outcome(view, `Matched ${lines.size} statement line${lines.size === 1 ? "" : "s"} to ${items.size} ledger item${items.size === 1 ? "" : "s"}.`, {
      triggered: ["recorded audit event reconciliation.matched"],
    });
  },
});
