import {
  completeTask,
  completeTaskInput,
  getApprovalPolicy,
  getAuditEvent,
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
import { organizationProcedure, query, useCaseMutation } from "../trpc";

export const dashboardRouter = {
  summary: organizationProcedure.output(dashboardSchema).query(({ ctx }) => getDashboard(ctx.db, ctx.actor)),
} satisfies TRPCRouterRecord;

export const notificationsRouter = {
  list: organizationProcedure
    .input(listNotificationsInput.optional())
    .output(notificationPageSchema)
    .query(({ ctx, input }) => listNotifications(ctx.db, ctx.actor, input ?? {})),
  markRead: useCaseMutation(markNotificationsReadInput, markNotificationsReadOutcomeSchema, markNotificationsRead),
} satisfies TRPCRouterRecord;

export const tasksRouter = {
  list: organizationProcedure
    .input(listTasksInput.optional())
    .output(taskPageSchema)
    .query(({ ctx, input }) => listTasks(ctx.db, ctx.actor, input ?? {})),
  complete: useCaseMutation(completeTaskInput, taskOutcomeSchema, completeTask),
} satisfies TRPCRouterRecord;

export const auditRouter = {
  list: organizationProcedure
    .input(listAuditEventsInput.optional())
    .output(auditPageSchema)
    .query(({ ctx, input }) => listAuditEvents(ctx.db, ctx.actor, input ?? {})),
  event: query(getAuditEvent),
} satisfies TRPCRouterRecord;

export const settingsRouter = {
  approvalPolicy: organizationProcedure.output(approvalPolicySchema).query(({ ctx }) => getApprovalPolicy(ctx.db, ctx.actor)),
  updateApprovalPolicy: useCaseMutation(updateApprovalPolicyInput, approvalPolicyOutcomeSchema, updateApprovalPolicy),
} satisfies TRPCRouterRecord;
