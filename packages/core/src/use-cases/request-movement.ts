import type { MovementRecord, Repositories } from "@closebook/db";
import { movementKinds } from "../domain/enums";
import { z } from "zod";
import { movementSchema } from "../dto/movement-dto";
import { defineUseCase } from "../shared/define-use-case";
import { amountMinor, calendarDate, entityId, text } from "../fields";
import { failuresOf } from "../errors";
import { checkFunds } from "../ledger/available-balance";
import { formatMinor } from "../money";
import { requirementFor, rolesThatCanApproveNow } from "../policies/approval-policy";
import { movementNumber } from "../policies/document-numbers";
import { movementDestinationRefusal, movementSourceRefusal } from "../policies/movement-accounts";
import { settledMovementStatuses } from "../policies/movement-statuses";
import { addDays, today } from "../shared/dates";
import type { Actor } from "../shared/actor";
import { outcome, type Outcome, type Warning } from "../shared/outcome";
import { assertInPostingWindow } from "../ledger/post-entry";
import { mutationFailures } from "../shared/run-mutation";
import { sideEffects } from "../shared/side-effects";

export const requestMovementInput = z
  .object({
    kind: z.enum(movementKinds, { message: "Choose a vendor payment or a transfer." }),
    description: text({ min: 3, max: 500, message: "Describe the movement." }),
    amountMinor: amountMinor("The amount must be above zero."),
    /** The bank account the money leaves. */
    sourceAccountId: entityId("Choose the account the money leaves."),
    /** A vendor payment: the payable or expense account; a transfer: the receiving own account. */
    destinationAccountId: entityId("Choose the account to post against."),
    counterpartyId: entityId().nullable().default(null),
    effectiveDate: calendarDate.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.kind === "vendor_payment" && !value.counterpartyId) ctx.addIssue({ code: "custom", path: ["counterpartyId"], message: "Choose the vendor to pay." });
    if (value.sourceAccountId === value.destinationAccountId) ctx.addIssue({ code: "custom", path: ["destinationAccountId"], message: "Choose a different account from the source." });
  });
export type RequestMovementInput = z.input<typeof requestMovementInput>;

export const requestMovementFailures = failuresOf([
  ...mutationFailures,
  "ACCOUNT_NOT_FOUND",
  "ACCOUNT_NOT_USABLE",
  "ACCOUNT_FROZEN",
  "ACCOUNT_CLOSED",
  "CURRENCY_MISMATCH",
  "COUNTERPARTY_NOT_FOUND",
  "INSUFFICIENT_FUNDS",
  "DATE_OUTSIDE_WINDOW",
]);
const { fail } = requestMovementFailures;

/** How far above a vendor's recent average a payment must be to earn a warning. */
const unusualMultiple = 3n;

/**
 * Requests a payment to a vendor or a transfer between own accounts. It waits for the approvals
 * its amount band requires; the approvers who can act are notified.
 */
export const requestMovement = defineUseCase({
  name: "request-movement",
  permission: "movements.request",
  input: requestMovementInput,
  failures: requestMovementFailures,
  state: movementSchema,
  run: ({ tx, actor }, input) => placeMovementRequest(tx, actor, input),
});

/**
 * The work of requesting a movement inside the caller's transaction: the account, vendor, window
 * and funds checks, the approval band, the audit event, the approvers' notifications and the
 * controller's review task. `revisedFrom` links a revision to the rejected movement it revises
 * (revise-rejected-movement requests through here too).
 */
export async function placeMovementRequest(
  tx: Repositories,
  actor: Actor,
  input: z.output<typeof requestMovementInput>,
  revisedFrom: Pick<MovementRecord, "id"> | null = null,
): Promise<Outcome<MovementRecord>> {
  const [source, destination] = await Promise.all([
    tx.accounts.findById(actor.organizationId, input.sourceAccountId),
    tx.accounts.findById(actor.organizationId, input.destinationAccountId),
  ]);
  if (!source) return fail("ACCOUNT_NOT_FOUND", "No such source account in this organization.", { field: "sourceAccountId" });
  if (!destination) return fail("ACCOUNT_NOT_FOUND", "No such destination account in this organization.", { field: "destinationAccountId" });
  const sourceRefusal = movementSourceRefusal(source);
  if (sourceRefusal) fail(sourceRefusal.code, sourceRefusal.reason, { field: "sourceAccountId" });
  const destinationRefusal = movementDestinationRefusal(input.kind, destination);
  if (destinationRefusal) fail(destinationRefusal.code, destinationRefusal.reason, { field: "destinationAccountId" });
  for (const [field, account] of [["sourceAccountId", source], ["destinationAccountId", destination]] as const) {
    if (account.status === "frozen") fail("ACCOUNT_FROZEN", `${account.code} ${account.name} is frozen: it takes no movements.`, { field });
    if (account.status === "closed") fail("ACCOUNT_CLOSED", `${account.code} ${account.name} is closed.`, { field });
  }
  if (source.currency !== destination.currency) fail("CURRENCY_MISMATCH", `${source.name} is in ${source.currency}, ${destination.name} in ${destination.currency}.`, { field: "destinationAccountId" });
  const currency = source.currency;
  await assertInPostingWindow(tx, actor, input.effectiveDate ?? today(), "effectiveDate");

  const warnings: Warning[] = [];
  let vendorName: string | null = null;
  if (input.counterpartyId) {
    const vendor = await tx.counterparties.findById(actor.organizationId, input.counterpartyId);
    if (!vendor || vendor.kind !== "vendor") return fail("COUNTERPARTY_NOT_FOUND", "No such vendor in this organization.", { field: "counterpartyId" });
    vendorName = vendor.name;
    const effective = input.effectiveDate ?? today();
    const history = await tx.movements.vendorAverage(actor.organizationId, vendor.id, currency, addDays(effective, -90), settledMovementStatuses);
    if (history.count > 0 && history.average > 0n && input.amountMinor >= history.average * unusualMultiple) {
      const multiple = Number((input.amountMinor * 10n) / history.average) / 10;
      warnings.push({
        code: "UNUSUAL_AMOUNT",
        message: `${multiple.toFixed(1)}x this vendor's 90-day average of ${formatMinor(history.average, currency)}.`,
      });
    }
  }

  // An account set to block shortfalls is locked, so concurrent requests from it see each other's amounts.
  const [lockedSource = source] = source.minimumBalancePolicy === "block" ? await tx.ledger.lockAccounts(actor.organizationId, [source.id]) : [source];
  const funds = await checkFunds(tx, lockedSource, input.amountMinor);
  if (funds.shortfall) {
    if (funds.blocks) fail("INSUFFICIENT_FUNDS", funds.shortfall.message, { field: "amountMinor", availableMinor: funds.availableMinor });
    warnings.push(funds.shortfall);
  }

  const requirement = requirementFor(await tx.approvalPolicy.bands(actor.organizationId, currency), currency, input.amountMinor);
  const effectiveDate = input.effectiveDate ?? today();
  const movement = await tx.movements.insert({
    number: movementNumber(effectiveDate, await tx.movements.nextNumberSequence()),
    organizationId: actor.organizationId,
    kind: input.kind,
    status: "pending_approval",
    description: input.description,
    currency,
    amountMinor: input.amountMinor,
    sourceAccountId: source.id,
    destinationAccountId: destination.id,
    counterpartyId: input.counterpartyId,
    effectiveDate,
    requestedBy: actor.userId,
    requiredApprovals: requirement.requiredApprovals,
    minimumApproverRole: requirement.minimumRole,
    requiresController: requirement.requiresController,
    warnings,
    revisedFromId: revisedFrom?.id ?? null,
  });
  const effects = sideEffects(tx, actor);
  await effects.audit("movement.requested", "movement", movement.id, null, movement);
  const amount = formatMinor(movement.amountMinor, currency);
  const what = vendorName ? `payment of ${amount} to ${vendorName}` : `transfer of ${amount} to ${destination.name}`;
  const approvers = await effects.membersWithRoles(rolesThatCanApproveNow(movement));
  const triggered = ["recorded audit event movement.requested"];
  const notified = await effects.notify(
    approvers,
    { title: `Approval needed: ${movement.number}`, body: `${what} (${movement.description}) awaits your approval.`, link: `/movements/${movement.id}`, entityType: "movement", entityId: movement.id },
    "approver",
  );
  if (notified) triggered.push(notified);
  if (requirement.requiresController) {
    const task = await effects.task({
      title: `Review large payment ${movement.number}`,
      detail: `${what} is ${requirement.bandLabel} and needs a controller's approval.`,
      assigneeRole: "controller",
      entityType: "movement",
      entityId: movement.id,
      dedupeKey: `review-large:${movement.id}`,
    });
    if (task) triggered.push(task);
  }
  const needs = `${requirement.requiredApprovals} approval${requirement.requiredApprovals === 1 ? "" : "s"}${requirement.requiresController ? ", one from a controller" : ""}`;
  return outcome(movement, `Requested ${movement.number}: ${what}. It needs ${needs} (${requirement.bandLabel}).`, { triggered, warnings });
}
