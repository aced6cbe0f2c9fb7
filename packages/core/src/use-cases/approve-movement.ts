import { z } from "zod";
import { movementSchema } from "../dto/movement-dto";
import { defineUseCase } from "../shared/define-use-case";
import { entityId } from "../fields";
import { failuresOf } from "../errors";
import { checkFunds } from "../ledger/available-balance";
import { postEntry, postingFailures } from "../ledger/post-entry";
import { formatMinor } from "../money";
import { progressOf } from "../policies/approval-policy";
import { approvalRefusal } from "../policies/movement-decisions";
import { outcome, type Warning } from "../shared/outcome";
import { mutationFailures } from "../shared/run-mutation";
import { sideEffects } from "../shared/side-effects";

export const approveMovementInput = z.object({ movementId: entityId() });
export type ApproveMovementInput = z.input<typeof approveMovementInput>;

export const approveMovementFailures = failuresOf([
  ...mutationFailures,
  "MOVEMENT_NOT_FOUND",
  "MOVEMENT_NOT_PENDING",
  "SELF_APPROVAL_FORBIDDEN",
  "ALREADY_APPROVED_BY_YOU",
  "APPROVER_ROLE_TOO_LOW",
  "INSUFFICIENT_FUNDS",
  ...postingFailures,
]);
const { fail } = approveMovementFailures;

/**
 * Approves a pending movement. The approval that completes its band's requirement moves it to
 * approved and posts it at once (DR destination / CR source bank) in the same transaction; the
 * movement row is locked first, so two last approvals at the same moment post once.
 */
export const approveMovement = defineUseCase({
  name: "approve-movement",
  permission: "movements.approve",
  input: approveMovementInput,
  failures: approveMovementFailures,
  state: movementSchema,
  async run({ tx, actor }, input) {
    const movement = await tx.movements.lockById(actor.organizationId, input.movementId);
    if (!movement) return fail("MOVEMENT_NOT_FOUND", "No such movement in this organization.", { field: "movementId" });
    const refusal = approvalRefusal(actor, movement);
    if (refusal) fail(refusal.code, refusal.reason);

    await tx.movements.addApproval({ organizationId: actor.organizationId, movementId: movement.id, approverId: actor.userId, approverRole: actor.role });
    const approved = { ...movement, approvals: [...movement.approvals, { id: "new", approverId: actor.userId, approverRole: actor.role, createdAt: new Date() }] };
    const progress = progressOf(approved);
    const effects = sideEffects(tx, actor);
    const amount = formatMinor(movement.amountMinor, movement.currency);
    const link = `/movements/${movement.id}`;
    const triggered: string[] = [];

    if (!progress.complete) {
      const current = await tx.movements.findById(actor.organizationId, movement.id);
      if (!current) return fail("MOVEMENT_NOT_FOUND", "No such movement in this organization.");
      await effects.audit("movement.approval_given", "movement", movement.id, movement, current);
      const waiting = `awaiting ${progress.remaining} more approval${progress.remaining === 1 ? "" : "s"}${progress.controllerNeeded ? " (a controller's)" : ""}`;
      const toRequester = await effects.notify(
        [movement.requestedBy],
        { title: `${movement.number} approved by one approver`, body: `Your ${amount} movement is ${waiting}.`, link, entityType: "movement", entityId: movement.id },
        "requester",
      );
      if (toRequester) triggered.push(toRequester);
      return outcome(current, `Approved ${movement.number}: ${waiting}.`, { triggered });
    }

    // The last approval: approved, then posted. An account set to block shortfalls is locked
    // (with the destination, in id order) so that its available balance cannot change before commit.
    let source = await tx.accounts.findById(actor.organizationId, movement.sourceAccountId);
    if (source?.minimumBalancePolicy === "block") {
      const locked = await tx.ledger.lockAccounts(actor.organizationId, [movement.sourceAccountId, movement.destinationAccountId]);
      source = locked.find((a) => a.id === movement.sourceAccountId) ?? null;
    }
    const warnings: Warning[] = [];
    if (source) {
      const funds = await checkFunds(tx, source, movement.amountMinor, movement.id);
      if (funds.shortfall) {
        if (funds.blocks) fail("INSUFFICIENT_FUNDS", funds.shortfall.message, { availableMinor: funds.availableMinor });
        warnings.push(funds.shortfall);
      }
    }
    const afterApproval = await tx.movements.update(movement.id, { status: "approved" });
    await effects.audit("movement.approved", "movement", movement.id, movement, afterApproval);
    const entry = await postEntry(tx, actor, {
      effectiveDate: movement.effectiveDate,
      memo: `${movement.number}: ${movement.description}`,
      source: "movement",
      sourceId: movement.id,
      lines: [
        { accountId: movement.destinationAccountId, debitMinor: movement.amountMinor, creditMinor: 0n },
        { accountId: movement.sourceAccountId, debitMinor: 0n, creditMinor: movement.amountMinor },
      ],
    }, approveMovementFailures);
    for (const w of entry.warnings) if (!warnings.some((x) => x.code === w.code)) warnings.push(w);
    const posted = await tx.movements.update(movement.id, { status: "posted", entryId: entry.id });
    await effects.audit("movement.posted", "movement", movement.id, afterApproval, posted);
    triggered.push(`posted ${entry.number}`);
    const toRequester = await effects.notify(
      [movement.requestedBy],
      { title: `${movement.number} approved and posted`, body: `Your ${amount} movement was approved and posted as ${entry.number}.`, link, entityType: "movement", entityId: movement.id },
      "requester",
    );
    if (toRequester) triggered.push(toRequester);
    return outcome(posted, `Approved ${movement.number}: all approvals given, posted as ${entry.number}.`, { triggered, warnings });
  },
});

/** Whether a role may decide on movements of this band at all (the rule rejecting checks). */
export { mayDecide } from "../policies/movement-decisions";
