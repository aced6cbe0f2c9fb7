import { z } from "zod";
import { statementLineSchema } from "../dto/bank-dto";
import { failuresOf } from "../errors";
import { entityId, text } from "../fields";
import { defineUseCase } from "../shared/define-use-case";
import { outcome } from "../shared/outcome";
import { mutationFailures } from "../shared/run-mutation";
import { sideEffects } from "../shared/side-effects";

export const excludeStatementLineInput = z.object({
  bankAccountId: entityId(),
  statementLineId: entityId(),
  /** Why it needs no ledger item, e.g. "Internal transfer between our own accounts". */
  reason: text({ min: 3, max: 500, message: "Say why the line is excluded." }),
});
export type ExcludeStatementLineInput = z.input<typeof excludeStatementLineInput>;

export const excludeStatementLineFailures = failuresOf([...mutationFailures, "STATEMENT_LINE_NOT_FOUND", "STATEMENT_LINE_NOT_OPEN"]);

/**
 * Excludes a statement line from reconciliation with a reason (an internal transfer, a bank
 * correction and its reversal): only an unreconciled line with nothing allocated. The line's row
 * is locked, so it cannot be matched and excluded at the same moment.
 */
export const excludeStatementLine = defineUseCase({
  name: "exclude-statement-line",
  permission: "reconciliation.match",
  input: excludeStatementLineInput,
  failures: excludeStatementLineFailures,
  state: statementLineSchema,
  async run({ tx, actor }, input) {
    const { fail } = excludeStatementLineFailures;
    const [line] = await tx.reconciliation.lockStatementLines(actor.organizationId, input.bankAccountId, [input.statementLineId]);
    if (!line) return fail("STATEMENT_LINE_NOT_FOUND", "No such statement line on this bank account.", { field: "statementLineId" });
    if (line.status !== "unreconciled" || line.allocatedMinor !== 0n) {
      return fail("STATEMENT_LINE_NOT_OPEN", line.status === "excluded" ? "The line is excluded already." : "Part of the line is matched: undo its matches before excluding it.", { field: "statementLineId", status: line.status });
    }
    const excluded = await tx.reconciliation.setStatementLineExclusion(line.id, { reason: input.reason, by: actor.userId });
    await sideEffects(tx, actor).audit("bank_statement_line.excluded", "bank_statement_line", line.id, { status: line.status }, { status: "excluded", reason: input.reason });
    return outcome(excluded, "Excluded the statement line from reconciliation.", { triggered: ["recorded audit event bank_statement_line.excluded"] });
  },
});

export const includeStatementLineInput = z.object({ bankAccountId: entityId(), statementLineId: entityId() });
export type IncludeStatementLineInput = z.input<typeof includeStatementLineInput>;

export const includeStatementLineFailures = failuresOf([...mutationFailures, "STATEMENT_LINE_NOT_FOUND", "STATEMENT_LINE_NOT_OPEN"]);

/** Undoes an exclusion: the line is to reconcile again. */
export const includeStatementLine = defineUseCase({
  name: "include-statement-line",
  permission: "reconciliation.match",
  input: includeStatementLineInput,
  failures: includeStatementLineFailures,
  state: statementLineSchema,
  async run({ tx, actor }, input) {
    const { fail } = includeStatementLineFailures;
    const [line] = await tx.reconciliation.lockStatementLines(actor.organizationId, input.bankAccountId, [input.statementLineId]);
    if (!line) return fail("STATEMENT_LINE_NOT_FOUND", "No such statement line on this bank account.", { field: "statementLineId" });
    if (line.status !== "excluded") return fail("STATEMENT_LINE_NOT_OPEN", "The line is not excluded.", { field: "statementLineId", status: line.status });
    const included = await tx.reconciliation.setStatementLineExclusion(line.id, null);
    await sideEffects(tx, actor).audit("bank_statement_line.included", "bank_statement_line", line.id, { status: "excluded", reason: line.exclusionReason }, { status: "unreconciled" });
    return outcome(included, "The statement line is to reconcile again.", { triggered: ["recorded audit event bank_statement_line.included"] });
  },
});
