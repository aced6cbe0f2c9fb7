import { z } from "zod";
import { entityId, parseInput } from "../fields";
import type { Database, InvitationRecord, MemberRecord } from "@closebook/db";
import { authorize, can } from "../policies/permissions";
import type { Actor } from "../shared/actor";

/** Whether the caller may take an action here, and why not when they may not: the UI only renders it. */
export interface AllowedAction<Name extends string> {
  action: Name;
  allowed: boolean;
  reason: string | null;
}

export interface MemberView extends MemberRecord {
  isYou: boolean;
  actions: AllowedAction<"changeRole" | "remove">[];
}

export interface InvitationView extends InvitationRecord {
  actions: AllowedAction<"cancel">[];
}

export interface MembersView {
  members: MemberView[];
  invitations: InvitationView[];
  actions: AllowedAction<"invite">[];
}

const onlyAdmins = "Only admins manage members.";

function action<Name extends string>(name: Name, refusal: string | null): AllowedAction<Name> {
  return { action: name, allowed: refusal === null, reason: refusal };
}

/** The organization's members and pending invitations, with what the caller may do to each (the same rules the use cases apply). */
export async function listMembers(db: Database, actor: Actor): Promise<MembersView> {
  authorize(actor, "members.read");
  const [members, invitations] = await Promise.all([db.read.memberships.listMembers(actor.organizationId), db.read.invitations.listPending(actor.organizationId)]);
  const manages = can(actor.role, "members.manage");
  const admins = members.filter((m) => m.role === "admin").length;
  const lastAdmin = (m: MemberRecord) => (m.role === "admin" && admins <= 1 ? `${m.name} is the only admin.` : null);
  return {
    members: members.map((m) => ({
      ...m,
      isYou: m.userId === actor.userId,
      actions: [action("changeRole", manages ? lastAdmin(m) : onlyAdmins), action("remove", manages ? lastAdmin(m) : onlyAdmins)],
    })),
    invitations: invitations.map((i) => ({ ...i, actions: [action("cancel", manages ? null : onlyAdmins)] })),
    actions: [action("invite", manages ? null : onlyAdmins)],
  };
}

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
export async function listMyInvitations(db: Database, user: { id: string }, rawInput: ListMyInvitationsInput = {}): Promise<InvitationRecord[]> {
  const input = parseInput(listMyInvitationsInput, rawInput);
  const contact = await db.read.memberships.userContact(user.id);
  if (!contact) return [];
  const pending = await db.read.invitations.listPendingForInvitee(contact.email);
  return contact.emailVerified ? pending : pending.filter((invitation) => invitation.id === input.invitationId);
}
