import { accountTypes, type ApprovalPolicyView, type Dashboard, type Outcome, type Page, wire } from "@closebook/core";
import { taskStatuses } from "@closebook/core";
import type { ApprovalBandRecord, NotificationRecord, TaskRecord } from "@closebook/db";
import { z } from "zod";
import { auditEventSchema } from "./audit-schemas";
import { movementViewSchema } from "./movement-schemas";
import { outcomeSchema } from "./outcome-schema";
import { pageSchema } from "./page-schema";
import type { Expect, Same } from "./type-check";

export const taskSchema = z.object({
  id: wire.text(),
  organizationId: wire.text(),
  title: wire.text(),
  detail: wire.text(),
  assigneeUserId: wire.text().nullable(),
  assigneeRole: wire.text().nullable(),
  status: z.enum(taskStatuses),
  entityType: wire.text(),
  entityId: wire.text(),
  dedupeKey: wire.text().nullable(),
  dueOn: wire.date().nullable(),
  createdAt: wire.date(),
  completedAt: wire.date().nullable(),
  completedBy: wire.text().nullable(),
});

export const taskPageSchema = pageSchema(taskSchema);
export const taskOutcomeSchema = outcomeSchema(taskSchema);

export const notificationSchema = z.object({
  id: wire.text(),
  organizationId: wire.text(),
  userId: wire.text(),
  title: wire.text(),
  body: wire.text(),
  link: wire.text().nullable(),
  entityType: wire.text(),
  entityId: wire.text(),
  readAt: wire.date().nullable(),
  deliveredAt: wire.date().nullable(),
  createdAt: wire.date(),
});

/** A page of the caller's notifications, with how many of all of them are unread. */
export const notificationPageSchema = pageSchema(notificationSchema).extend({ unread: z.number() });
export const markNotificationsReadOutcomeSchema = outcomeSchema(z.object({ marked: z.number() }));

export const approvalBandSchema = z.object({
  id: wire.text(),
  currency: wire.text(),
  upToMinor: wire.money().nullable(),
  requiredApprovals: z.number(),
  minimumRole: wire.text(),
  requiresController: z.boolean(),
});

export const approvalPolicySchema = z.array(
  z.object({
    currency: wire.text(),
    bands: z.array(approvalBandSchema.omit({ id: true })),
    isDefault: z.boolean(),
  }),
);

export const approvalPolicyOutcomeSchema = outcomeSchema(z.array(approvalBandSchema));

export const dashboardSchema = z.object({
  pendingApprovals: z.array(movementViewSchema),
  openTasks: z.array(taskSchema),
  recentActivity: z.array(auditEventSchema),
  bankBalances: z.array(
    z.object({
      id: wire.text(),
      code: wire.text(),
      name: wire.text(),
      type: z.enum(accountTypes),
      currency: wire.text(),
      balanceMinor: wire.money(),
      minimumBalanceMinor: wire.money().nullable(),
    }),
  ),
  unreadNotifications: z.number(),
});

type _Checks = [
  Expect<Same<z.infer<typeof taskSchema>, TaskRecord>>,
  Expect<Same<z.infer<typeof taskPageSchema>, Page<TaskRecord>>>,
  Expect<Same<z.infer<typeof taskOutcomeSchema>, Outcome<TaskRecord>>>,
  Expect<Same<z.infer<typeof notificationSchema>, NotificationRecord>>,
  Expect<Same<z.infer<typeof notificationPageSchema>, Page<NotificationRecord> & { unread: number }>>,
  Expect<Same<z.infer<typeof markNotificationsReadOutcomeSchema>, Outcome<{ marked: number }>>>,
  Expect<Same<z.infer<typeof approvalBandSchema>, ApprovalBandRecord>>,
  Expect<Same<z.infer<typeof approvalPolicySchema>, ApprovalPolicyView[]>>,
  Expect<Same<z.infer<typeof approvalPolicyOutcomeSchema>, Outcome<ApprovalBandRecord[]>>>,
  Expect<Same<z.infer<typeof dashboardSchema>, Dashboard>>,
];
