import {
  approveMovement,
  approveMovementInput,
  cancelMovement,
  getMovement,
  listApprovalInbox,
  listMovements,
  listMovementsInput,
  rejectMovement,
  rejectMovementInput,
  requestMovement,
  requestMovementInput,
  reviseRejectedMovement,
} from "@closebook/core";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { approvalInboxSchema, movementDetailSchema, movementOutcomeSchema, movementPageSchema } from "../schemas/movement-schemas";
import { mutation, organizationProcedure, useCaseMutation } from "../trpc";

export const movementsRouter = {
  list: organizationProcedure
    .input(listMovementsInput.optional())
    .output(movementPageSchema)
    .query(({ ctx, input }) => listMovements(ctx.db, ctx.actor, input ?? {})),
  byId: organizationProcedure
    .input(z.object({ movementId: z.string().uuid() }))
    .output(movementDetailSchema)
    .query(({ ctx, input }) => getMovement(ctx.db, ctx.actor, input.movementId)),
  request: useCaseMutation(requestMovementInput, movementOutcomeSchema, requestMovement),
  cancel: mutation(cancelMovement),
  revise: mutation(reviseRejectedMovement),
} satisfies TRPCRouterRecord;

export const approvalsRouter = {
  /** Movements the caller can approve or reject now. */
  inbox: organizationProcedure.output(approvalInboxSchema).query(({ ctx }) => listApprovalInbox(ctx.db, ctx.actor)),
  approve: useCaseMutation(approveMovementInput, movementOutcomeSchema, approveMovement),
  reject: useCaseMutation(rejectMovementInput, movementOutcomeSchema, rejectMovement),
} satisfies TRPCRouterRecord;
