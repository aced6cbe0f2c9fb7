/**
 * The response DTOs of the workspace around the books: tasks, notifications, the audit trail,
 * the dashboard, and who is signed in where (the session's workspace access). Declared once.
 */
import type { AccountType, AuditEventRecord, MembershipRecord, NotificationRecord, TaskRecord } from "@closebook/db";
import { z } from "zod";
import { accountTypes, taskStatuses } from "../domain/enums";
import { wire } from "../fields";
import { permissions, type Permission } from "../policies/permissions";
import { roles } from "../policies/roles";
import type { WorkspaceAccess } from "../queries/workspace-access-query";
import type { Page } from "../shared/pagination";
import type { Expect, Same } from "../shared/type-check";
import type { Warning } from "../shared/outcome";
import { allowedActionsSchema, pageSchema, warningSchema, type ActionVerdict } from "../shared/wire-schemas";
import { auditEventSchema } from "./audit-dto";
import { organizationFormatsSchema } from "./organization-formats-dto";
import { movementViewSchema, type MovementView } from "./movement-dto";

/** A task with whether the caller can complete it now (by the rule complete-task checks). */
export type TaskView = TaskRecord & { allowedActions: { complete: ActionVerdict } };

/** A bank account on the dashboard: its balance, as stored and as shown, and whether it is below its minimum (judged by core). */
export interface DashboardBankBalance {
  id: string;
  code: string;
  name: string;
  type: AccountType;
  currency: string;
  /** Stored balance (debits minus credits). */
  balanceMinor: bigint;
  /** The balance as shown: positive on the account's normal side. */
  displayBalanceMinor: bigint;
  minimumBalanceMinor: bigint | null;
  /** How far the balance is below the minimum; null when it is not (or none is set). */
  shortfallMinor: bigint | null;
  /** The warning for a balance below its minimum (null when it is not). */
  warning: Warning | null;
}

export interface Dashboard {
  pendingApprovals: MovementView[];
  openTasks: TaskView[];
  recentActivity: AuditEventRecord[];
  bankBalances: DashboardBankBalance[];
  /** How many bank accounts are below their minimum balance now. */
  bankAccountsBelowMinimum: number;
  /** What needs attention, already judged: one warning per bank account below its minimum. */
  warnings: Warning[];
  unreadNotifications: number;
}

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

/** A task as lists show it: with whether the caller can complete it now. */
export const taskViewSchema = taskSchema.extend({ allowedActions: allowedActionsSchema(["complete"]) });
export const taskPageSchema = pageSchema(taskViewSchema);

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
export const markedReadSchema = z.object({ marked: z.number() });

export const dashboardSchema = z.object({
  pendingApprovals: z.array(movementViewSchema),
  openTasks: z.array(taskViewSchema),
  recentActivity: z.array(auditEventSchema),
  bankBalances: z.array(
    z.object({
      id: wire.text(),
      code: wire.text(),
      name: wire.text(),
      type: z.enum(accountTypes),
      currency: wire.text(),
      balanceMinor: wire.money(),
      displayBalanceMinor: wire.money(),
      minimumBalanceMinor: wire.money().nullable(),
      shortfallMinor: wire.money().nullable(),
      warning: warningSchema.nullable(),
    }),
  ),
  bankAccountsBelowMinimum: z.number(),
  warnings: z.array(warningSchema),
  unreadNotifications: z.number(),
});

export const membershipSchema = z.object({
  organizationId: wire.text(),
  organizationName: wire.text(),
  organizationSlug: wire.text(),
  role: wire.text(),
});

const permissionNames = Object.keys(permissions) as [Permission, ...Permission[]];

/** A person's organizations, the one in use, and what their role there allows. */
export const workspaceAccessSchema = z.object({
  memberships: z.array(membershipSchema),
  activeOrganization: membershipSchema.nullable(),
  role: z.enum(roles).nullable(),
  permissions: z.array(z.enum(permissionNames)),
  /** The active organization's date and number formats (null without one). */
  formats: organizationFormatsSchema.nullable(),
});

type _Checks = [
  Expect<Same<z.infer<typeof taskSchema>, TaskRecord>>,
  Expect<Same<z.infer<typeof taskViewSchema>, TaskView>>,
  Expect<Same<z.infer<typeof taskPageSchema>, Page<TaskView>>>,
  Expect<Same<z.infer<typeof notificationSchema>, NotificationRecord>>,
  Expect<Same<z.infer<typeof notificationPageSchema>, Page<NotificationRecord> & { unread: number }>>,
  Expect<Same<z.infer<typeof dashboardSchema>, Dashboard>>,
  Expect<Same<z.infer<typeof membershipSchema>, MembershipRecord>>,
  Expect<Same<z.infer<typeof workspaceAccessSchema>, WorkspaceAccess>>,
];
