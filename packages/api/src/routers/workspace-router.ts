import {
  completeTask,
  getAuditEvent,
  getDashboard,
  listAuditEvents,
  listNotifications,
  listTasks,
  markNotificationsRead,
} from "@closebook/core";
import type { TRPCRouterRecord } from "@trpc/server";
import { mutation, query } from "../trpc";

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
  event: query(getAuditEvent),
} satisfies TRPCRouterRecord;
