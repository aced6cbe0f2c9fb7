import type { DbClient } from "./db-client";

export interface MembershipRecord {
  organizationId: string;
  organizationName: string;
  organizationSlug: string;
  role: string;
}

/** One member of an organization, with the person's name and e-mail. */
export interface MemberRecord {
  memberId: string;
  organizationId: string;
  userId: string;
  name: string;
  email: string;
  role: string;
  createdAt: Date;
}

const memberInclude = { user: { select: { name: true, email: true } } } as const;

function toMember(row: { id: string; organizationId: string; userId: string; role: string; createdAt: Date; user: { name: string; email: string } }): MemberRecord {
  return { memberId: row.id, organizationId: row.organizationId, userId: row.userId, name: row.user.name, email: row.user.email, role: row.role, createdAt: row.createdAt };
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

    /** The organization the user joined first: where they work until they choose another. */
    async firstJoinedOrganization(userId: string): Promise<string | null> {
      const first = await db.member.findFirst({ where: { userId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { organizationId: true } });
      return first?.organizationId ?? null;
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

    /** The user's e-mail and whether it was verified (the demo users' are; sign-up does not verify). */
    async userContact(userId: string): Promise<{ email: string; emailVerified: boolean } | null> {
      return db.user.findUnique({ where: { id: userId }, select: { email: true, emailVerified: true } });
    },

    async userEmail(userId: string): Promise<string | null> {
      const user = await db.user.findUnique({ where: { id: userId }, select: { email: true } });
      return user?.email ?? null;
    },

    async listUsersWithRoles(organizationId: string, roles: readonly string[]): Promise<{ userId: string; role: string }[]> {
      return db.member.findMany({ where: { organizationId, role: { in: [...roles] } }, select: { userId: true, role: true } });
    },

    /** Makes the user a member, or returns null when they already are one. */
    async addUnlessMember(input: { organizationId: string; userId: string; role: string }): Promise<MemberRecord | null> {
      const rows = await db.$queryRaw<{ id: string }[]>`
        insert into member (id, "organizationId", "userId", role)
        values (gen_random_uuid()::text, ${input.organizationId}, ${input.userId}, ${input.role})
        on conflict ("organizationId", "userId") do nothing
        returning id`;
      const id = rows[0]?.id;
      return id ? toMember(await db.member.findUniqueOrThrow({ where: { id }, include: memberInclude })) : null;
    },

    async listMembers(organizationId: string): Promise<MemberRecord[]> {
      const rows = await db.member.findMany({ where: { organizationId }, include: memberInclude, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
      return rows.map(toMember);
    },

    async findMember(organizationId: string, memberId: string): Promise<MemberRecord | null> {
      const row = await db.member.findFirst({ where: { id: memberId, organizationId }, include: memberInclude });
      return row ? toMember(row) : null;
    },

    /**
     * Locks the organization's memberships with `role` (FOR UPDATE) and returns their ids: two
     * admins demoting or removing each other at the same moment queue here, so the last admin stays.
     */
    async lockMembersWithRole(organizationId: string, role: string): Promise<string[]> {
      const rows = await db.$queryRaw<{ id: string }[]>`
        select id from member where "organizationId" = ${organizationId} and role = ${role} order by id for update`;
      return rows.map((r) => r.id);
    },

    async setRole(organizationId: string, memberId: string, role: string): Promise<MemberRecord> {
      await db.member.updateMany({ where: { id: memberId, organizationId }, data: { role } });
      return toMember(await db.member.findUniqueOrThrow({ where: { id: memberId }, include: memberInclude }));
    },

    async remove(organizationId: string, memberId: string): Promise<void> {
      await db.member.deleteMany({ where: { id: memberId, organizationId } });
    },

    /** Ends the user's sessions' choice of this organization (better-auth's active organization). */
    async clearActiveOrganization(userId: string, organizationId: string): Promise<void> {
      await db.session.updateMany({ where: { userId, activeOrganizationId: organizationId }, data: { activeOrganizationId: null } });
    },

    async userByEmail(email: string): Promise<{ id: string; name: string; email: string } | null> {
      return db.user.findFirst({ where: { email: { equals: email, mode: "insensitive" } }, select: { id: true, name: true, email: true } });
    },
  };
}
