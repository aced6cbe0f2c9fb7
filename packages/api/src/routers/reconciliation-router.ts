import { acceptSuggestions, excludeStatementLine, includeStatementLine, listOpenItems, listProposals, matchStatementLinesByHand, unmatch } from "@closebook/core";
import type { TRPCRouterRecord } from "@trpc/server";
import { mutation, query } from "../trpc";

export const reconciliationRouter = {
  /** A bank account's posted ledger lines not fully allocated to statement lines. */
  openItems: query(listOpenItems),
  /** The matching engine's proposals for the unreconciled lines (nothing written). */
  proposals: query(listProposals),
  /** Statement lines matched to ledger items by hand; the amounts must balance to the cent. */
  match: mutation(matchStatementLinesByHand),
  /** One line's proposal, or all at or above a tier and score, re-computed on the server and applied. */
  acceptSuggestions: mutation(acceptSuggestions),
  /** Undoes a match: both sides released, the lines back to unreconciled; the match stays, undone. */
  unmatch: mutation(unmatch),
  /** Excludes a statement line from reconciliation, with a reason (e.g. an internal transfer). */
  excludeLine: mutation(excludeStatementLine),
  /** Undoes an exclusion. */
  includeLine: mutation(includeStatementLine),
} satisfies TRPCRouterRecord;
