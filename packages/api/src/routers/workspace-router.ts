import {
  completeTask,
  completeTaskInput,
  getDashboard,
  listAuditEvents,
  listAuditEventsInput,
  listNotifications,
  listNotificationsInput,
  listTasks,
  listTasksInput,
  markNotificationsRead,
  markNotificationsReadInput,
} from "@closebook/core";
import type { TRPCRouterRecord } from "@trpc/server";
import { auditPageSchema } from "../schemas/audit-schemas";
import {
  dashboardSchema,
  markNotificationsReadOutcomeSchema,
  notificationPageSchema,
  taskOutcomeSchema,
  taskPageSchema,
} from "../schemas/workspace-schemas";
import { organizationProcedure, useCaseMutation } from "../trpc";

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
} satisfies TRPCRouterRecord;
