import type { Database, InvitationRecord } from "@closebook/db";
import { z } from "zod";
import { entityId, parseInput } from "../fields";
import { failuresOf } from "../errors";
import type { Actor } from "../shared/actor";
import { outcome, type Outcome } from "../shared/outcome";
import { mutationFailures, runMutation } from "../shared/run-mutation";
import { sideEffects } from "../shared/side-effects";

export const cancelInvitationInput = z.object({ invitationId: entityId("Choose an invitation.") });
export type CancelInvitationInput = z.input<typeof cancelInvitationInput>;

export const cancelInvitationFailures = failuresOf([...mutationFailures, "INVITATION_NOT_FOUND"]);
const { fail } = cancelInvitationFailures;

/** Withdraws a pending invitation (admins only): it can no longer be accepted. */
export async function cancelInvitation(
  db: Database,
  actor: Actor,
  rawInput: CancelInvitationInput,
  options: { idempotencyKey?: string | undefined } = {},
): Promise<Outcome<InvitationRecord>> {
  const input = parseInput(cancelInvitationInput, rawInput);
  return runMutation(db, actor, { operation: "cancel-invitation", permission: "members.manage", failures: cancelInvitationFailures, input, idempotencyKey: options.idempotencyKey }, async (tx) => {
    const invitation = await tx.invitations.findById(input.invitationId);
    if (!invitation || invitation.organizationId !== actor.organizationId || !(await tx.invitations.settle(invitation.id, "canceled"))) {
      return fail("INVITATION_NOT_FOUND", "There is no pending invitation with this id in this organization.", { invitationId: input.invitationId });
    }
    const canceled = { ...invitation, status: "canceled" };
    await sideEffects(tx, actor).audit("invitation.canceled", "invitation", invitation.id, invitation, canceled);
    return outcome(canceled, `The invitation of ${invitation.email} is withdrawn.`, { triggered: ["recorded audit event invitation.canceled"] });
  });
}
