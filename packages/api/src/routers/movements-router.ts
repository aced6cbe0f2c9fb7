import { approveMovement, cancelMovement, getApprovalRequirement, getMovement, getMovementRequestOptions, listApprovalInbox, listMovements, rejectMovement, requestMovement, reviseRejectedMovement } from "@closebook/core";
import type { TRPCRouterRecord } from "@trpc/server";
import { mutation, query } from "../trpc";

export const movementsRouter = {
  list: query(listMovements),
  byId: query(getMovement),
  request: mutation(requestMovement),
  /** What a request may use: source accounts, destinations per kind, the defaults. */
  requestOptions: query(getMovementRequestOptions),
  cancel: mutation(cancelMovement),
  revise: mutation(reviseRejectedMovement),
} satisfies TRPCRouterRecord;

export const approvalsRouter = {
  /** Movements the caller can approve now. */
  inbox: query(listApprovalInbox),
  /** What a movement of an amount would need: its band, how many approvals, from whom. */
  requirement: query(getApprovalRequirement),
  approve: mutation(approveMovement),
  reject: mutation(rejectMovement),
} satisfies TRPCRouterRecord;
