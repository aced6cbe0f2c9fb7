import { z } from "zod";
import { invitationSchema } from "../dto/organization-dto";
import { defineUseCase } from "../shared/define-use-case";
import { failuresOf } from "../errors";
import { invitationsPendingAt, pendingInvitationStatuses } from "../policies/invitations";
import { roles } from "../policies/roles";
import { addDays } from "../shared/dates";
import { outcome } from "../shared/outcome";
import { mutationFailures } from "../shared/run-mutation";
import { sideEffects } from "../shared/side-effects";

/** How long an invitation can be accepted for. */
export const invitationValidDays = 7;

export const inviteMemberInput = z.object({
  email: z.string({ message: "Enter a valid e-mail address." }).max(254, "Enter a valid e-mail address.").trim().toLowerCase().pipe(z.email("Enter a valid e-mail address.")),
  role: z.enum(roles, { message: "Choose viewer, clerk, approver, controller or admin." }),
});
export type InviteMemberInput = z.input<typeof inviteMemberInput>;

export const inviteMemberFailures = failuresOf([...mutationFailures, "ALREADY_A_MEMBER", "INVITATION_ALREADY_PENDING"]);
const { fail } = inviteMemberFailures;

/**
 * Invites a person, by e-mail, to join the organization with a role (admins only). The row is
 * better-auth's `invitation`; the e-mail goes out through the notification mailer (a job), and
 * the invitee accepts it in the back office once signed in (or signed up) with that e-mail.
 */
export const inviteMember = defineUseCase({
  name: "invite-member",
  permission: "members.manage",
  input: inviteMemberInput,
  failures: inviteMemberFailures,
  state: invitationSchema,
  async run({ tx, actor }, input) {
    const user = await tx.memberships.userByEmail(input.email);
    if (user && (await tx.memberships.roleOf(actor.organizationId, user.id))) {
      return fail("ALREADY_A_MEMBER", `${input.email} is already a member of this organization.`, { field: "email" });
    }
    const pending = await tx.invitations.findPendingForEmail(actor.organizationId, input.email, invitationsPendingAt());
    if (pending) {
      return fail("INVITATION_ALREADY_PENDING", `${input.email} has already been invited (as ${pending.role}); cancel that invitation to send another.`, { field: "email", invitationId: pending.id });
    }
    const invitation = await tx.invitations.insert({ organizationId: actor.organizationId, email: input.email, role: input.role, inviterId: actor.userId, expiresAt: addDays(new Date(), invitationValidDays), status: pendingInvitationStatuses[0] });
    const effects = sideEffects(tx, actor);
    await effects.audit("member.invited", "invitation", invitation.id, null, invitation);
    const mailed = await effects.schedule("deliver-invitation", { invitationId: invitation.id, organizationId: actor.organizationId }, { runAt: new Date(), jobKey: `invitation:${invitation.id}` }, `queued the invitation e-mail to ${input.email}`);
    return outcome(invitation, `${input.email} is invited to ${invitation.organizationName} as ${input.role}.`, {
      triggered: ["recorded audit event member.invited", mailed],
    });
  },
});
