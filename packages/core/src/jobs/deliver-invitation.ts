import type { Database } from "@closebook/db";
import { isPendingInvitation } from "../policies/invitations";
import type { Mailer } from "./deliver-notification";

/**
 * Job handler: e-mails an invitation to its invitee, through the notification mailer. A job of a
 * withdrawn, accepted or expired invitation sends nothing. The invitation row has no delivery
 * mark (it is better-auth's table), so a job redelivered after a lost completion may send the
 * same invitation twice: harmless, the link is the same.
 */
export async function deliverInvitation(db: Database, mailer: Mailer, payload: { invitationId: string }): Promise<"sent" | "not-pending" | "missing"> {
  const invitation = await db.read.invitations.findById(payload.invitationId);
  if (!invitation) return "missing";
  if (!isPendingInvitation(invitation)) return "not-pending";
  const inviter = (await db.read.memberships.userNames([invitation.inviterId])).get(invitation.inviterId) ?? "An admin";
  await mailer.send({
    to: invitation.email,
    subject: `You are invited to ${invitation.organizationName} on Closebook`,
    text: `${inviter} invited you to join ${invitation.organizationName} as ${invitation.role}.\n\nSign in (or sign up) with this e-mail address, then open this link to accept: /invitations?invitation=${invitation.id}\n\nThe invitation expires on ${invitation.expiresAt.toISOString().slice(0, 10)}.`,
  });
  return "sent";
}
