import type { BankAccountRecord, ReconciliationMatchRecord, Repositories } from "@closebook/db";
import { z } from "zod";
import { ledgerOpenItemListSchema, matchReasonSchema, proposalsViewSchema, type ProposalsView, type ReconciliationMatchView } from "../dto/reconciliation-dto";
import { failuresOf } from "../errors";
import { entityId } from "../fields";
import { toMatchLine, toOpenItem, type LedgerOpenItem } from "../reconciliation/allocations";
import { matchStatementLines } from "../reconciliation/match-statement-lines";
import { defineQuery } from "../shared/define-use-case";

const { fail } = failuresOf(["BANK_ACCOUNT_NOT_FOUND"]);

/** The bank account's open ledger items: its ledger account's posted lines not fully allocated, by date then entry. */
export async function openLedgerItems(repos: Repositories, bankAccount: BankAccountRecord): Promise<LedgerOpenItem[]> {
  const rows = await repos.reconciliation.listLedgerItems(bankAccount.organizationId, bankAccount.ledgerAccountId, { openOnly: true });
  return rows.map(toOpenItem).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.entryNumber < b.entryNumber ? -1 : a.entryNumber > b.entryNumber ? 1 : a.id < b.id ? -1 : 1));
}

/** What the engine proposes now for the bank account's unreconciled lines against its open items. */
export async function computeProposals(repos: Repositories, bankAccount: BankAccountRecord): Promise<ProposalsView> {
  const lines = (await repos.reconciliation.listStatementLines(bankAccount.organizationId, bankAccount.id, ["unreconciled"])).filter((line) => line.allocatedMinor !== line.amountMinor).map(toMatchLine);
  const items = await openLedgerItems(repos, bankAccount);
  // Saved rules come with rules storage; until then the engine matches on evidence alone.
  const result = matchStatementLines(lines, items, [], { bankAccountId: bankAccount.id });
  return { proposals: result.proposals, unmatchedLineIds: result.unmatchedLineIds };
}

/** A stored match, its reasons read back by their schema. */
export function matchView(record: ReconciliationMatchRecord): ReconciliationMatchView {
  return {
    id: record.id,
    bankAccountId: record.bankAccountId,
    method: record.method,
    ruleId: record.ruleId,
    ruleName: record.ruleName,
    score: record.score,
    reasons: z.array(matchReasonSchema).parse(record.reasons),
    status: record.status,
    matchedBy: record.matchedBy,
    matchedAt: record.matchedAt,
    undoneBy: record.undoneBy,
    undoneAt: record.undoneAt,
    allocations: record.allocations.map((a) => ({ id: a.id, statementLineId: a.statementLineId, journalLineId: a.journalLineId, amountMinor: a.amountMinor })),
  };
}

export const reconciliationBankAccountInput = z.object({ bankAccountId: entityId() });

/** A bank account's open ledger items (posted lines of its ledger account not fully allocated), signed money-in positive. */
export const listOpenItems = defineQuery({
  name: "list-open-items",
  permission: "reconciliation.read",
  input: reconciliationBankAccountInput,
  output: ledgerOpenItemListSchema,
  async run({ db, actor }, input) {
    const bankAccount = await db.read.bank.findBankAccount(actor.organizationId, input.bankAccountId);
    if (!bankAccount) return fail("BANK_ACCOUNT_NOT_FOUND", "No such bank account in this organization.", { field: "bankAccountId" });
    return openLedgerItems(db.read, bankAccount);
  },
});

/** The engine's proposals for a bank account's unreconciled lines, with tier, score and reasons. Writes nothing. */
export const listProposals = defineQuery({
  name: "list-reconciliation-proposals",
  permission: "reconciliation.read",
  input: reconciliationBankAccountInput,
  output: proposalsViewSchema,
  async run({ db, actor }, input) {
    const bankAccount = await db.read.bank.findBankAccount(actor.organizationId, input.bankAccountId);
    if (!bankAccount) return fail("BANK_ACCOUNT_NOT_FOUND", "No such bank account in this organization.", { field: "bankAccountId" });
    return computeProposals(db.read, bankAccount);
  },
});
