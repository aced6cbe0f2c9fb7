import type { TaskRecord } from "@closebook/db";
import { z } from "zod";
import { counterpartyKinds, taskStatuses } from "../domain/enums";
import { counterpartyPageSchema } from "../dto/counterparty-dto";
import { auditPageSchema } from "../dto/audit-dto";
import { notificationPageSchema, taskPageSchema, type TaskView } from "../dto/workspace-dto";
import { filterText } from "../fields";
import { verdict } from "../policies/refusal";
import { completeTaskRefusal, taskAudience } from "../policies/task-actions";
import type { Actor } from "../shared/actor";
import { defineQuery } from "../shared/define-use-case";
import { pageInput, pageOf } from "../shared/pagination";

export const listCounterpartiesInput = z.object({ kind: z.enum(counterpartyKinds).optional(), search: filterText({ max: 120 }), ...pageInput });

export const listCounterparties = defineQuery({
  name: "list-counterparties",
  permission: "counterparties.read",
  input: listCounterpartiesInput,
  output: counterpartyPageSchema,
  run: async ({ db, actor }, input) => pageOf(await db.read.counterparties.list({ organizationId: actor.organizationId, ...input }), input.limit),
});

export const listNotificationsInput = z.object({ unreadOnly: z.boolean().optional(), ...pageInput });

/** The caller's own notifications, with how many of all of them are unread. */
export const listNotifications = defineQuery({
  name: "list-notifications",
  permission: "notifications.read",
  input: listNotificationsInput,
  output: notificationPageSchema,
  async run({ db, actor }, input) {
    const [items, unread] = await Promise.all([
      db.read.notifications.listForUser({ organizationId: actor.organizationId, userId: actor.userId, ...input }),
      db.read.notifications.countUnread(actor.organizationId, actor.userId),
    ]);
    return { ...pageOf(items, input.limit), unread };
  },
});

export function taskView(actor: Actor, task: TaskRecord): TaskView {
  return { ...task, allowedActions: { complete: verdict(completeTaskRefusal(actor, task)) } };
}

export const listTasksInput = z.object({ status: z.enum(taskStatuses).optional(), ...pageInput });

/** The tasks the caller sees (`taskAudience`): assigned to them or to their role (admins: every role's). */
export const listTasks = defineQuery({
  name: "list-tasks",
  permission: "tasks.read",
  input: listTasksInput,
  output: taskPageSchema,
  async run({ db, actor }, input) {
    const page = pageOf(await db.read.tasks.listFor({ organizationId: actor.organizationId, ...taskAudience(actor), ...input }), input.limit);
    return { ...page, items: page.items.map((task) => taskView(actor, task)) };
  },
});

export const listAuditEventsInput = z.object({ entityType: filterText({ max: 60 }), entityId: filterText({ max: 120 }), ...pageInput });

export const listAuditEvents = defineQuery({
  name: "list-audit-events",
  permission: "audit.read",
  input: listAuditEventsInput,
  output: auditPageSchema,
  run: async ({ db, actor }, input) => pageOf(await db.read.audit.list({ organizationId: actor.organizationId, ...input }), input.limit),
});
