import { z } from "zod";
import { memberSchema } from "../dto/organization-dto";
import { defineUserUseCase } from "../shared/define-use-case";
import { entityId } from "../fields";
import { failuresOf } from "../errors";
import { isPendingInvitation, pendingInvitationStatuses } from "../policies/invitations";
import { isRole } from "../policies/roles";
import type { Actor } from "../shared/actor";
import { outcome } from "../shared/outcome";
import { mutationFailures } from "../shared/run-mutation";
import { sideEffects } from "../shared/side-effects";

export const acceptInvitationInput = z.object({ invitationId: entityId("Choose an invitation.") });
export type AcceptInvitationInput = z.input<typeof acceptInvitationInput>;

export const acceptInvitationFailures = failuresOf([...mutationFailures, "INVITATION_NOT_FOUND", "ALREADY_A_MEMBER"]);
const { fail } = acceptInvitationFailures;

/**
 * The invitee joins the organization with the invited role. A user-level use case (the invitee
 * is no member yet: see `runUserMutation`); only the user signed in with the invited e-mail can
 * accept, and an invitation is accepted once.
 */
export const acceptInvitation = defineUserUseCase({
  name: "accept-invitation",
  input: acceptInvitationInput,
  failures: acceptInvitationFailures,
  state: memberSchema,
  async run({ tx, actor }, input) {
    const notFound = () => fail("INVITATION_NOT_FOUND", "There is no pending invitation with this id for your e-mail address.", { invitationId: input.invitationId });
    const invitation = await tx.invitations.findById(input.invitationId);
    const email = await tx.memberships.userEmail(actor.userId);
    if (!invitation || !email || invitation.email.toLowerCase() !== email.toLowerCase() || !isPendingInvitation(invitation)) return notFound();
    if (await tx.memberships.roleOf(invitation.organizationId, actor.userId)) {
      return fail("ALREADY_A_MEMBER", `You are already a member of ${invitation.organizationName}.`, { organizationId: invitation.organizationId });
    }
    if (!(await tx.invitations.settle(invitation.id, pendingInvitationStatuses, "accepted"))) return notFound();
    const role = isRole(invitation.role) ? invitation.role : "viewer";
    const member = await tx.memberships.addUnlessMember({ organizationId: invitation.organizationId, userId: actor.userId, role });
    if (!member) return fail("ALREADY_A_MEMBER", `You are already a member of ${invitation.organizationName}.`, { organizationId: invitation.organizationId });
    const asMember: Actor = { userId: actor.userId, organizationId: invitation.organizationId, role, requestId: actor.requestId };
    await sideEffects(tx, asMember).audit("invitation.accepted", "member", member.memberId, invitation, member);
    return outcome(member, `You joined ${invitation.organizationName} as ${role}.`, { triggered: ["recorded audit event invitation.accepted"] });
  },
});
