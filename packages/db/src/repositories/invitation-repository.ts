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

const include = { organization: { select: { name: true } } } as const;

function toInvitation(row: { id: string; organizationId: string; email: string; role: string | null; status: string; expiresAt: Date; createdAt: Date; inviterId: string; organization: { name: string } }): InvitationRecord {
  const { organization, ...rest } = row;
  return { ...rest, role: row.role ?? "viewer", organizationName: organization.name };
}

export function invitationRepository(db: DbClient) {
  return {
    async insert(input: { organizationId: string; email: string; role: string; inviterId: string; expiresAt: Date }): Promise<InvitationRecord> {
      const row = await db.invitation.create({ data: { id: crypto.randomUUID(), status: "pending", ...input }, include });
      return toInvitation(row);
    },

    /** The organization's pending, unexpired invitation of this e-mail, if any. */
    async findPendingForEmail(organizationId: string, email: string): Promise<InvitationRecord | null> {
      const row = await db.invitation.findFirst({
        where: { organizationId, email: { equals: email, mode: "insensitive" }, status: "pending", expiresAt: { gt: new Date() } },
        include,
      });
      return row ? toInvitation(row) : null;
    },

    async findById(id: string): Promise<InvitationRecord | null> {
      const row = await db.invitation.findUnique({ where: { id }, include });
      return row ? toInvitation(row) : null;
    },

    async listPending(organizationId: string): Promise<InvitationRecord[]> {
      const rows = await db.invitation.findMany({
        where: { organizationId, status: "pending", expiresAt: { gt: new Date() } },
        include,
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      });
      return rows.map(toInvitation);
    },

    /** Pending, unexpired invitations of an e-mail, in every organization. */
    async listPendingForInvitee(email: string): Promise<InvitationRecord[]> {
      const rows = await db.invitation.findMany({
        where: { email: { equals: email, mode: "insensitive" }, status: "pending", expiresAt: { gt: new Date() } },
        include,
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      });
      return rows.map(toInvitation);
    },

    /** Moves a pending invitation to `status`; false when it was no longer pending (someone else got there first). */
    async settle(id: string, status: Exclude<InvitationStatus, "pending">): Promise<boolean> {
      const { count } = await db.invitation.updateMany({ where: { id, status: "pending" }, data: { status } });
      return count === 1;
    },
  };
}
