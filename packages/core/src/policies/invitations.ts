/**
 * When an invitation can still be acted on: it is pending and has not expired. Repositories are
 * given this rule as parameters (`invitationsPendingAt(now)`); a loaded invitation is checked with
 * `isPendingInvitation`.
 */
import type { InvitationRecord, InvitationStatus } from "@closebook/db";

/** The statuses of an invitation nobody has acted on yet. */
export const pendingInvitationStatuses = ["pending"] as const satisfies readonly InvitationStatus[];

/** The criteria of a pending invitation at `now`, as repository parameters. */
export function invitationsPendingAt(now: Date = new Date()): { statuses: readonly InvitationStatus[]; unexpiredAt: Date } {
  return { statuses: pendingInvitationStatuses, unexpiredAt: now };
}

/** Whether the invitation can still be accepted (or withdrawn) at `now`. */
export function isPendingInvitation(invitation: Pick<InvitationRecord, "status" | "expiresAt">, now: Date = new Date()): boolean {
  return (pendingInvitationStatuses as readonly string[]).includes(invitation.status) && invitation.expiresAt > now;
}
