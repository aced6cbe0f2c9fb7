import {
  completeTask,
  getApprovalPolicy,
  getDashboard,
  listAuditEvents,
  listNotifications,
  listTasks,
  markNotificationsRead,
  updateApprovalPolicy,
  updateApprovalPolicyInput,
} from "@closebook/core";
import type { TRPCRouterRecord } from "@trpc/server";
import { approvalPolicyOutcomeSchema, approvalPolicySchema } from "../schemas/workspace-schemas";
import { mutation, organizationProcedure, query, useCaseMutation } from "../trpc";

export const dashboardRouter = {
  summary: query(getDashboard),
} satisfies TRPCRouterRecord;

export const notificationsRouter = {
  list: query(listNotifications),
  markRead: mutation(markNotificationsRead),
} satisfies TRPCRouterRecord;

export const tasksRouter = {
  list: query(listTasks),
  complete: mutation(completeTask),
} satisfies TRPCRouterRecord;

export const auditRouter = {
  list: query(listAuditEvents),
} satisfies TRPCRouterRecord;

export const settingsRouter = {
  approvalPolicy: organizationProcedure.output(approvalPolicySchema).query(({ ctx }) => getApprovalPolicy(ctx.db, ctx.actor)),
  updateApprovalPolicy: useCaseMutation(updateApprovalPolicyInput, approvalPolicyOutcomeSchema, updateApprovalPolicy),
} satisfies TRPCRouterRecord;
