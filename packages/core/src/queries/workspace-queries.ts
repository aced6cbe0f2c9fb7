import type { AuditEventRecord, CounterpartyRecord, Database, NotificationRecord, TaskRecord } from "@closebook/db";
import { counterpartyKinds, taskStatuses } from "../domain/enums";
import { z } from "zod";
import { filterText, parseInput } from "../fields";
import { authorize } from "../policies/permissions";
import { roles as allRoles } from "../policies/roles";
import type { Actor } from "../shared/actor";
import { pageInput, pageOf, type Page } from "../shared/pagination";

export const listCounterpartiesInput = z.object({ kind: z.enum(counterpartyKinds).optional(), search: filterText({ max: 120 }), ...pageInput });

export async function listCounterparties(db: Database, actor: Actor, raw: z.input<typeof listCounterpartiesInput> = {}): Promise<Page<CounterpartyRecord>> {
  authorize(actor, "counterparties.read");
  const input = parseInput(listCounterpartiesInput, raw);
  return pageOf(await db.read.counterparties.list({ organizationId: actor.organizationId, ...input }), input.limit);
}

export const listNotificationsInput = z.object({ unreadOnly: z.boolean().optional(), ...pageInput });

export async function listNotifications(db: Database, actor: Actor, raw: z.input<typeof listNotificationsInput> = {}): Promise<Page<NotificationRecord> & { unread: number }> {
  authorize(actor, "notifications.read");
  const input = parseInput(listNotificationsInput, raw);
  const [items, unread] = await Promise.all([
    db.read.notifications.listForUser({ organizationId: actor.organizationId, userId: actor.userId, ...input }),
    db.read.notifications.countUnread(actor.organizationId, actor.userId),
  ]);
  return { ...pageOf(items, input.limit), unread };
}

export const listTasksInput = z.object({ status: z.enum(taskStatuses).optional(), ...pageInput });

/** Tasks assigned to the caller or to their role (admins see every role's). */
export async function listTasks(db: Database, actor: Actor, raw: z.input<typeof listTasksInput> = {}): Promise<Page<TaskRecord>> {
  authorize(actor, "tasks.read");
  const input = parseInput(listTasksInput, raw);
  const roles = actor.role === "admin" ? [...allRoles] : [actor.role];
  return pageOf(await db.read.tasks.listFor({ organizationId: actor.organizationId, userId: actor.userId, roles, ...input }), input.limit);
}

export const listAuditEventsInput = z.object({ entityType: filterText({ max: 60 }), entityId: filterText({ max: 120 }), ...pageInput });

export async function listAuditEvents(db: Database, actor: Actor, raw: z.input<typeof listAuditEventsInput> = {}): Promise<Page<AuditEventRecord>> {
  authorize(actor, "audit.read");
  const input = parseInput(listAuditEventsInput, raw);
  return pageOf(await db.read.audit.list({ organizationId: actor.organizationId, ...input }), input.limit);
}
