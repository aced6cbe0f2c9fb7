import type { DbClient } from "./db-client";

export interface NotificationRecord {
  id: string;
  organizationId: string;
  userId: string;
  title: string;
  body: string;
  link: string | null;
  entityType: string;
  entityId: string;
  readAt: Date | null;
  deliveredAt: Date | null;
  createdAt: Date;
}

export type NewNotification = Pick<NotificationRecord, "organizationId" | "userId" | "title" | "body" | "link" | "entityType" | "entityId">;

export function notificationRepository(db: DbClient) {
  return {
    async insertMany(notifications: NewNotification[]): Promise<NotificationRecord[]> {
      return Promise.all(notifications.map((data) => db.notification.create({ data })));
    },

    findById(id: string): Promise<NotificationRecord | null> {
      return db.notification.findUnique({ where: { id } });
    },

    listForUser(filter: { organizationId: string; userId: string; unreadOnly?: boolean | undefined; limit: number; cursor?: string | undefined }): Promise<NotificationRecord[]> {
      return db.notification.findMany({
        where: { organizationId: filter.organizationId, userId: filter.userId, ...(filter.unreadOnly ? { readAt: null } : {}) },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: filter.limit,
        ...(filter.cursor ? { cursor: { id: filter.cursor }, skip: 1 } : {}),
      });
    },

    countUnread(organizationId: string, userId: string): Promise<number> {
      return db.notification.count({ where: { organizationId, userId, readAt: null } });
    },

    /** Marks the user's notifications read; returns how many changed. */
    async markRead(organizationId: string, userId: string, ids: string[] | "all"): Promise<number> {
      const { count } = await db.notification.updateMany({
        where: { organizationId, userId, readAt: null, ...(ids === "all" ? {} : { id: { in: ids } }) },
        data: { readAt: new Date() },
      });
      return count;
    },

    /** Marks the e-mail copy delivered; false when it already was (a redelivered job). */
    async markDelivered(id: string): Promise<boolean> {
      const { count } = await db.notification.updateMany({ where: { id, deliveredAt: null }, data: { deliveredAt: new Date() } });
      return count === 1;
    },
  };
}
