import { randomUUID } from "node:crypto";
import type { Database } from "../database";

export const memberRoles = ["viewer", "clerk", "approver", "controller", "admin"] as const;
export type MemberRole = (typeof memberRoles)[number];

export interface TestMember {
  userId: string;
  role: MemberRole;
  email: string;
}

export interface TestOrganization {
  organizationId: string;
  members: TestMember[];
  /** The first member holding `role`. */
  member(role: MemberRole): TestMember;
}

/**
 * An organization with one member per requested role (users without passwords: contract tests
 * act as them directly; sign-in is tested through better-auth).
 */
export async function createTestOrganization(
  db: Database,
  roles: readonly MemberRole[] = memberRoles,
  name = "Test Org",
): Promise<TestOrganization> {
  const organizationId = randomUUID();
  await db.prisma.organization.create({ data: { id: organizationId, name, slug: `test-${organizationId.slice(0, 8)}` } });
  const members: TestMember[] = [];
  for (const [index, role] of roles.entries()) {
    const userId = randomUUID();
    const email = `${role}-${index}-${userId.slice(0, 6)}@example.test`;
    await db.prisma.user.create({ data: { id: userId, name: `${role} ${index}`, email, emailVerified: true } });
    await db.prisma.member.create({ data: { id: randomUUID(), organizationId, userId, role } });
    members.push({ userId, role, email });
  }
  return {
    organizationId,
    members,
    member(role) {
      const found = members.find((m) => m.role === role);
      if (!found) throw new Error(`No ${role} in the test organization`);
      return found;
    },
  };
}

/** Row counts of the tables side effects land in, to prove "exactly once" and "nothing written". */
export async function countRows(db: Database, organizationId: string) {
  const [accounts, auditEvents, idempotencyRecords] = await Promise.all([
    db.prisma.ledgerAccount.count({ where: { organizationId } }),
    db.prisma.auditEvent.count({ where: { organizationId } }),
    db.prisma.idempotencyRecord.count({ where: { organizationId } }),
  ]);
  return { accounts, auditEvents, idempotencyRecords };
}
