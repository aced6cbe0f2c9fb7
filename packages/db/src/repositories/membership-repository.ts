import type { DbClient } from "./db-client";

export interface MembershipRecord {
  organizationId: string;
  organizationName: string;
  organizationSlug: string;
  role: string;
}

export function membershipRepository(db: DbClient) {
  return {
    async listForUser(userId: string): Promise<MembershipRecord[]> {
      const rows = await db.member.findMany({
        where: { userId },
        include: { organization: { select: { name: true, slug: true } } },
        orderBy: { organization: { name: "asc" } },
      });
      return rows.map((r) => ({
        organizationId: r.organizationId,
        organizationName: r.organization.name,
        organizationSlug: r.organization.slug,
        role: r.role,
      }));
    },

    /** The user's role in the organization, or null when they are not a member. */
    async roleOf(organizationId: string, userId: string): Promise<string | null> {
      const member = await db.member.findUnique({ where: { organizationId_userId: { organizationId, userId } }, select: { role: true } });
      return member?.role ?? null;
    },

    /** Display names of users, by id. */
    async userNames(userIds: readonly string[]): Promise<Map<string, string>> {
      if (userIds.length === 0) return new Map();
      const users = await db.user.findMany({ where: { id: { in: [...new Set(userIds)] } }, select: { id: true, name: true } });
      return new Map(users.map((u) => [u.id, u.name]));
    },

    async userEmail(userId: string): Promise<string | null> {
      const user = await db.user.findUnique({ where: { id: userId }, select: { email: true } });
      return user?.email ?? null;
    },

    async listUsersWithRoles(organizationId: string, roles: readonly string[]): Promise<{ userId: string; role: string }[]> {
      return db.member.findMany({ where: { organizationId, role: { in: [...roles] } }, select: { userId: true, role: true } });
    },
  };
}
