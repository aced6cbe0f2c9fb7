import {
  completeTask,
  completeTaskInput,
  getApprovalPolicy,
  getDashboard,
  listAuditEvents,
  listAuditEventsInput,
  listNotifications,
  listNotificationsInput,
  listTasks,
  listTasksInput,
  markNotificationsRead,
  markNotificationsReadInput,
  updateApprovalPolicy,
  updateApprovalPolicyInput,
} from "@closebook/core";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { auditPageSchema } from "../schemas/audit-schemas";
import {
  approvalPolicyOutcomeSchema,
  approvalPolicySchema,
  dashboardSchema,
  markNotificationsReadOutcomeSchema,
  notificationPageSchema,
  taskOutcomeSchema,
  taskPageSchema,
} from "../schemas/workspace-schemas";
import { idempotencyKey, organizationProcedure } from "../trpc";

export const dashboardRouter = {
  summary: organizationProcedure.output(dashboardSchema).query(({ ctx }) => getDashboard(ctx.db, ctx.actor)),
} satisfies TRPCRouterRecord;

export const notificationsRouter = {
  list: organizationProcedure
    .input(listNotificationsInput.optional())
    .output(notificationPageSchema)
    .query(({ ctx, input }) => listNotifications(ctx.db, ctx.actor, input ?? {})),
  markRead: organizationProcedure
    .input(markNotificationsReadInput)
    .output(markNotificationsReadOutcomeSchema)
    .mutation(({ ctx, input }) => markNotificationsRead(ctx.db, ctx.actor, input)),
} satisfies TRPCRouterRecord;

export const tasksRouter = {
  list: organizationProcedure
    .input(listTasksInput.optional())
    .output(taskPageSchema)
    .query(({ ctx, input }) => listTasks(ctx.db, ctx.actor, input ?? {})),
  complete: organizationProcedure
    .input(completeTaskInput.extend({ idempotencyKey }))
    .output(taskOutcomeSchema)
    .mutation(({ ctx, input: { idempotencyKey: key, ...input } }) => completeTask(ctx.db, ctx.actor, input, { idempotencyKey: key })),
} satisfies TRPCRouterRecord;

export const auditRouter = {
  list: organizationProcedure
    .input(listAuditEventsInput.optional())
    .output(auditPageSchema)
    .query(({ ctx, input }) => listAuditEvents(ctx.db, ctx.actor, input ?? {})),
} satisfies TRPCRouterRecord;

export const settingsRouter = {
  approvalPolicy: organizationProcedure.output(approvalPolicySchema).query(({ ctx }) => getApprovalPolicy(ctx.db, ctx.actor)),
  updateApprovalPolicy: organizationProcedure
    .input(z.intersection(updateApprovalPolicyInput, z.object({ idempotencyKey })))
    .output(approvalPolicyOutcomeSchema)
    .mutation(({ ctx, input: { idempotencyKey: key, ...input } }) => updateApprovalPolicy(ctx.db, ctx.actor, input, { idempotencyKey: key })),
} satisfies TRPCRouterRecord;
