import { getApprovalPolicy, updateApprovalPolicy } from "@closebook/core";
import type { TRPCRouterRecord } from "@trpc/server";
import { mutation, query } from "../trpc";

export const settingsRouter = {
  approvalPolicy: query(getApprovalPolicy),
  updateApprovalPolicy: mutation(updateApprovalPolicy),
} satisfies TRPCRouterRecord;
