import { getApprovalPolicy, getOrganizationFormats, updateApprovalPolicy, updateOrganizationFormats } from "@closebook/core";
import type { TRPCRouterRecord } from "@trpc/server";
import { mutation, query } from "../trpc";

export const settingsRouter = {
  approvalPolicy: query(getApprovalPolicy),
  updateApprovalPolicy: mutation(updateApprovalPolicy),
  formats: query(getOrganizationFormats),
  updateFormats: mutation(updateOrganizationFormats),
} satisfies TRPCRouterRecord;
