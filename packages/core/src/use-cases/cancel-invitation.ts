import { z } from "zod";
import { invitationSchema } from "../dto/organization-dto";
import { defineUseCase } from "../shared/define-use-case";
import { entityId } from "../fields";
import { failuresOf } from "../errors";
import { pendingInvitationStatuses } from "../policies/invitations";
import { outcome } from "../shared/outcome";
import { mutationFailures } from "../shared/run-mutation";
import { sideEffects } from "../shared/side-effects";

export const cancelInvitationInput = z.object({ invitationId: entityId("Choose an invitation.") });
export type CancelInvitationInput = z.input<typeof cancelInvitationInput>;

export const cancelInvitationFailures = failuresOf([...mutationFailures, "INVITATION_NOT_FOUND"]);
const { fail } = cancelInvitationFailures;

/** Withdraws a pending invitation (admins only): it can no longer be accepted. */
export const cancelInvitation = defineUseCase({
  name: "cancel-invitation",
  permission: "members.manage",
  input: cancelInvitationInput,
  failures: cancelInvitationFailures,
  state: invitationSchema,
  async run({ tx, actor }, input) {
    const invitation = await tx.invitations.findById(input.invitationId);
    if (!invitation || invitation.organizationId !== actor.organizationId || !(await tx.invitations.settle(invitation.id, pendingInvitationStatuses, "canceled"))) {
      return fail("INVITATION_NOT_FOUND", "There is no pending invitation with this id in this organization.", { invitationId: input.invitationId });
    }
    const canceled = { ...invitation, status: "canceled" };
    await sideEffects(tx, actor).audit("invitation.canceled", "invitation", invitation.id, invitation, canceled);
    return outcome(canceled, `The invitation of ${invitation.email} is withdrawn.`, { triggered: ["recorded audit event invitation.canceled"] });
  },
});
