import type { DbClient } from "./db-client";

export type InvitationStatus = "pending" | "accepted" | "canceled" | "rejected";

/** An invitation to join an organization with a role (better-auth's organization plugin's table). */
export interface InvitationRecord {
  id: string;
  organizationId: string;
  organizationName: string;
  email: string;
  role: string;
  status: string;
  expiresAt: Date;
  createdAt: Date;
  inviterId: string;
}

/** Which invitations count as pending: the rule is core's, given here as parameters. */
export interface PendingInvitationCriteria {
  statuses: readonly InvitationStatus[];
  /** Only invitations expiring after this moment. */
  unexpiredAt: Date;
}

const pendingWhere = (criteria: PendingInvitationCriteria) => ({ status: { in: [...criteria.statuses] }, expiresAt: { gt: criteria.unexpiredAt } });

const include = { organization: { select: { name: true } } } as const;

function toInvitation(row: { id: string; organizationId: string; email: string; role: string | null; status: string; expiresAt: Date; createdAt: Date; inviterId: string; organization: { name: string } }): InvitationRecord {
  const { organization, ...rest } = row;
  return { ...rest, role: row.role ?? "viewer", organizationName: organization.name };
}

export function invitationRepository(db: DbClient) {
  return {
    async insert(input: { organizationId: string; email: string; role: string; inviterId: string; expiresAt: Date; status: InvitationStatus }): Promise<InvitationRecord> {
      const row = await db.invitation.create({ data: { id: crypto.randomUUID(), ...input }, include });
      return toInvitation(row);
    },

    /** The organization's pending invitation of this e-mail, if any. */
    async findPendingForEmail(organizationId: string, email: string, pending: PendingInvitationCriteria): Promise<InvitationRecord | null> {
      const row = await db.invitation.findFirst({
        where: { organizationId, email: { equals: email, mode: "insensitive" }, ...pendingWhere(pending) },
        include,
      });
      return row ? toInvitation(row) : null;
    },

    async findById(id: string): Promise<InvitationRecord | null> {
      const row = await db.invitation.findUnique({ where: { id }, include });
      return row ? toInvitation(row) : null;
    },

    async listPending(organizationId: string, pending: PendingInvitationCriteria): Promise<InvitationRecord[]> {
      const rows = await db.invitation.findMany({
        where: { organizationId, ...pendingWhere(pending) },
        include,
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      });
      return rows.map(toInvitation);
    },

    /** Pending invitations of an e-mail, in every organization. */
    async listPendingForInvitee(email: string, pending: PendingInvitationCriteria): Promise<InvitationRecord[]> {
      const rows = await db.invitation.findMany({
        where: { email: { equals: email, mode: "insensitive" }, ...pendingWhere(pending) },
        include,
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      });
      return rows.map(toInvitation);
    },

    /** Moves an invitation in one of `from` statuses to `status`; false when it was in none (someone else got there first). */
    async settle(id: string, from: readonly InvitationStatus[], status: InvitationStatus): Promise<boolean> {
      const { count } = await db.invitation.updateMany({ where: { id, status: { in: [...from] } }, data: { status } });
      return count === 1;
    },
  };
}
