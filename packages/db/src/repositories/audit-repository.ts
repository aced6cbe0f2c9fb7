import type { Prisma } from "../generated/prisma/client";
import type { DbClient } from "./db-client";

export interface NewAuditEvent {
  organizationId: string;
  actorUserId: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string;
}

export interface AuditEventRecord extends NewAuditEvent {
  id: string;
  createdAt: Date;
  actorName: string | null;
}

export interface AuditFilter {
  organizationId: string;
  entityType?: string | undefined;
  entityId?: string | undefined;
  limit: number;
  /** Id of the last event of the previous page. */
  cursor?: string | undefined;
}

/** JSON snapshots: bigints become decimal strings, dates ISO strings. */
function snapshot(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === null || value === undefined) return undefined;
  return JSON.parse(JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v))) as Prisma.InputJsonValue;
}

export function auditRepository(db: DbClient) {
  return {
    async record(event: NewAuditEvent): Promise<void> {
      await db.auditEvent.create({
        data: { ...event, before: snapshot(event.before), after: snapshot(event.after) },
      });
    },

    async list(filter: AuditFilter): Promise<AuditEventRecord[]> {
      const rows = await db.auditEvent.findMany({
        where: { organizationId: filter.organizationId, entityType: filter.entityType, entityId: filter.entityId },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: filter.limit,
        ...(filter.cursor ? { cursor: { id: filter.cursor }, skip: 1 } : {}),
      });
      const users = await db.user.findMany({
        where: { id: { in: [...new Set(rows.map((r) => r.actorUserId))] } },
        select: { id: true, name: true },
      });
      const names = new Map(users.map((u) => [u.id, u.name]));
      return rows.map((r) => ({ ...r, actorName: names.get(r.actorUserId) ?? null }));
    },

    async findById(organizationId: string, id: string): Promise<AuditEventRecord | null> {
      const row = await db.auditEvent.findFirst({ where: { id, organizationId } });
      if (!row) return null;
      const user = await db.user.findUnique({ where: { id: row.actorUserId }, select: { name: true } });
      return { ...row, actorName: user?.name ?? null };
    },

    count(organizationId: string, entityType?: string): Promise<number> {
      return db.auditEvent.count({ where: { organizationId, entityType } });
    },
  };
}
