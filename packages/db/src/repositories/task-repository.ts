import type { DbClient } from "./db-client";

export interface TaskRecord {
  id: string;
  organizationId: string;
  title: string;
  detail: string;
  assigneeUserId: string | null;
  assigneeRole: string | null;
  status: "open" | "done";
  entityType: string;
  entityId: string;
  dedupeKey: string | null;
  dueOn: Date | null;
  createdAt: Date;
  completedAt: Date | null;
  completedBy: string | null;
}

export type NewTask = Pick<TaskRecord, "organizationId" | "title" | "detail" | "assigneeUserId" | "assigneeRole" | "entityType" | "entityId" | "dedupeKey" | "dueOn">;

export function taskRepository(db: DbClient) {
  return {
    /** Creates the task; with a dedupe key already used, returns null and creates nothing. */
    async insertUnlessDuplicate(task: NewTask): Promise<TaskRecord | null> {
      if (task.dedupeKey === null) return db.task.create({ data: task });
      const rows = await db.$queryRaw<{ id: string }[]>`
        insert into task (id, organization_id, title, detail, assignee_user_id, assignee_role, status, entity_type, entity_id, dedupe_key, due_on)
        values (gen_random_uuid(), ${task.organizationId}, ${task.title}, ${task.detail}, ${task.assigneeUserId}, ${task.assigneeRole},
          'open', ${task.entityType}, ${task.entityId}, ${task.dedupeKey}, ${task.dueOn}::date)
        on conflict (organization_id, dedupe_key) do nothing
        returning id::text as id`;
      const id = rows[0]?.id;
      return id ? db.task.findUniqueOrThrow({ where: { id } }) : null;
    },

    findById(organizationId: string, id: string): Promise<TaskRecord | null> {
      return db.task.findFirst({ where: { id, organizationId } });
    },

    /** Reads the task and locks it until the transaction ends: two completions of one task queue. */
    async lockById(organizationId: string, id: string): Promise<TaskRecord | null> {
      const rows = await db.$queryRaw<{ id: string }[]>`
        select id::text as id from task where id = ${id}::uuid and organization_id = ${organizationId} for update`;
      return rows[0] ? db.task.findUnique({ where: { id } }) : null;
    },

    /** The open task created with this dedupe key, if any. */
    findOpenByDedupeKey(organizationId: string, dedupeKey: string): Promise<TaskRecord | null> {
      return db.task.findFirst({ where: { organizationId, dedupeKey, status: "open" } });
    },

    complete(id: string, userId: string): Promise<TaskRecord> {
      return db.task.update({ where: { id }, data: { status: "done", completedAt: new Date(), completedBy: userId } });
    },

    /** Tasks for the user: assigned to them, or to any of `roles`. */
    listFor(filter: { organizationId: string; userId: string; roles: string[]; status?: "open" | "done" | undefined; limit: number; cursor?: string | undefined }): Promise<TaskRecord[]> {
      return db.task.findMany({
        where: {
          organizationId: filter.organizationId,
          status: filter.status,
          OR: [{ assigneeUserId: filter.userId }, { assigneeUserId: null, assigneeRole: { in: filter.roles } }],
        },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: filter.limit,
        ...(filter.cursor ? { cursor: { id: filter.cursor }, skip: 1 } : {}),
      });
    },
  };
}
