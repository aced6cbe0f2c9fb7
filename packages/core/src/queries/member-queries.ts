import type { InvitationRecord } from "@closebook/db";
import { z } from "zod";
import { invitationListSchema, membersViewSchema, type AllowedAction, type MembersView } from "../dto/organization-dto";
import { entityId } from "../fields";
import { invitationsPendingAt } from "../policies/invitations";
import { adminRole, memberChangeRefusal, memberManagementRefusal } from "../policies/member-actions";
import { verdict } from "../policies/refusal";
import { defineQuery, defineUserQuery } from "../shared/define-use-case";
import type { ActionVerdict } from "../shared/wire-schemas";

export type { AllowedAction, InvitationView, MembersView, MemberView } from "../dto/organization-dto";

/** The verdicts as the older `actions` list, in the order of their names. */
function listed<Name extends string>(verdicts: Record<Name, ActionVerdict>): AllowedAction<Name>[] {
  return (Object.entries(verdicts) as [Name, ActionVerdict][]).map(([action, v]) => ({ action, allowed: v.allowed, reason: v.allowed ? null : v.reason }));
}

/** The organization's members and pending invitations, with what the caller may do to each (the same rules the use cases apply). */
export const listMembers = defineQuery({
  name: "list-members",
  permission: "members.read",
  input: z.object({}),
  output: membersViewSchema,
  async run({ db, actor }): Promise<MembersView> {
    const [members, invitations] = await Promise.all([
      db.read.memberships.listMembers(actor.organizationId),
      db.read.invitations.listPending(actor.organizationId, invitationsPendingAt()),
    ]);
    const admins = members.filter((m) => m.role === adminRole).length;
    const manage = verdict(memberManagementRefusal(actor.role));
    return {
      members: members.map((m) => {
        const change = verdict(memberChangeRefusal(actor.role, m, admins));
        const allowedActions = { changeRole: change, remove: change };
        return { ...m, isYou: m.userId === actor.userId, actions: listed(allowedActions), allowedActions };
      }),
      invitations: invitations.map((i) => ({ ...i, actions: listed({ cancel: manage }), allowedActions: { cancel: manage } })),
      actions: listed({ invite: manage }),
      allowedActions: { invite: manage },
    };
  },
});

export const listMyInvitationsInput = z.object({
  /** The invitation named by the link in the invitation e-mail. */
  invitationId: entityId("Not a valid invitation link.").optional(),
});
export type ListMyInvitationsInput = z.input<typeof listMyInvitationsInput>;

/**
 * The pending invitations of the signed-in person's e-mail, in any organization. Sign-up does not
 * verify e-mail addresses, so anyone could sign up with an invitee's address: an unverified
 * account sees only the invitation its link names (the random id travels only in the e-mail to
 * the invitee, so following it proves access to that mailbox); a verified one sees them all.
 */
export const listMyInvitations = defineUserQuery({
  name: "list-my-invitations",
  input: listMyInvitationsInput,
  output: invitationListSchema,
  async run({ db, actor }, input): Promise<InvitationRecord[]> {
    const contact = await db.read.memberships.userContact(actor.userId);
    if (!contact) return [];
    const pending = await db.read.invitations.listPendingForInvitee(contact.email, invitationsPendingAt());
    return contact.emailVerified ? pending : pending.filter((invitation) => invitation.id === input.invitationId);
  },
});
