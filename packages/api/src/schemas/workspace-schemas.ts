import { accountTypes, type ApprovalPolicyView, type Dashboard, type Outcome, type Page } from "@closebook/core";
import type { ApprovalBandRecord, NotificationRecord, TaskRecord } from "@closebook/db";
import { z } from "zod";
import { auditEventSchema } from "./audit-schemas";
import { movementViewSchema } from "./movement-schemas";
import { outcomeSchema } from "./outcome-schema";
import { pageSchema } from "./page-schema";
import type { Expect, Same } from "./type-check";

export const taskSchema = z.object({
  id: z.string(),
  organizationId: z.string(),
  title: z.string(),
  detail: z.string(),
  assigneeUserId: z.string().nullable(),
  assigneeRole: z.string().nullable(),
  status: z.enum(["open", "done"]),
  entityType: z.string(),
  entityId: z.string(),
  dedupeKey: z.string().nullable(),
  dueOn: z.date().nullable(),
  createdAt: z.date(),
  completedAt: z.date().nullable(),
  completedBy: z.string().nullable(),
});

export const taskPageSchema = pageSchema(taskSchema);
export const taskOutcomeSchema = outcomeSchema(taskSchema);

export const notificationSchema = z.object({
  id: z.string(),
  organizationId: z.string(),
  userId: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  entityType: z.string(),
  entityId: z.string(),
  readAt: z.date().nullable(),
  deliveredAt: z.date().nullable(),
  createdAt: z.date(),
});

/** A page of the caller's notifications, with how many of all of them are unread. */
export const notificationPageSchema = pageSchema(notificationSchema).extend({ unread: z.number() });
export const markNotificationsReadOutcomeSchema = outcomeSchema(z.object({ marked: z.number() }));

export const approvalBandSchema = z.object({
  id: z.string(),
  currency: z.string(),
  upToMinor: z.bigint().nullable(),
  requiredApprovals: z.number(),
  minimumRole: z.string(),
  requiresController: z.boolean(),
});

export const approvalPolicySchema = z.array(
  z.object({
    currency: z.string(),
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
      id: z.string(),
      code: z.string(),
      name: z.string(),
      type: z.enum(accountTypes),
      currency: z.string(),
      balanceMinor: z.bigint(),
      minimumBalanceMinor: z.bigint().nullable(),
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
