import {
  approveMovement,
  approveMovementInput,
  cancelMovement,
  cancelMovementInput,
  getMovement,
  listApprovalInbox,
  listMovements,
  listMovementsInput,
  rejectMovement,
  rejectMovementInput,
  requestMovement,
  requestMovementInput,
} from "@closebook/core";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { approvalInboxSchema, movementDetailSchema, movementOutcomeSchema, movementPageSchema } from "../schemas/movement-schemas";
import { idempotencyKey, organizationProcedure } from "../trpc";

const withKey = z.object({ idempotencyKey });

export const movementsRouter = {
  list: organizationProcedure
    .input(listMovementsInput.optional())
    .output(movementPageSchema)
    .query(({ ctx, input }) => listMovements(ctx.db, ctx.actor, input ?? {})),
  byId: organizationProcedure
    .input(z.object({ movementId: z.string().uuid() }))
    .output(movementDetailSchema)
    .query(({ ctx, input }) => getMovement(ctx.db, ctx.actor, input.movementId)),
  request: organizationProcedure
    .input(z.intersection(requestMovementInput, withKey))
    .output(movementOutcomeSchema)
    .mutation(({ ctx, input: { idempotencyKey: key, ...input } }) => requestMovement(ctx.db, ctx.actor, input, { idempotencyKey: key })),
  cancel: organizationProcedure
    .input(cancelMovementInput.extend({ idempotencyKey }))
    .output(movementOutcomeSchema)
    .mutation(({ ctx, input: { idempotencyKey: key, ...input } }) => cancelMovement(ctx.db, ctx.actor, input, { idempotencyKey: key })),
} satisfies TRPCRouterRecord;

export const approvalsRouter = {
  /** Movements the caller can approve or reject now. */
  inbox: organizationProcedure.output(approvalInboxSchema).query(({ ctx }) => listApprovalInbox(ctx.db, ctx.actor)),
  approve: organizationProcedure
    .input(approveMovementInput.extend({ idempotencyKey }))
    .output(movementOutcomeSchema)
    .mutation(({ ctx, input: { idempotencyKey: key, ...input } }) => approveMovement(ctx.db, ctx.actor, input, { idempotencyKey: key })),
  reject: organizationProcedure
    .input(rejectMovementInput.extend({ idempotencyKey }))
    .output(movementOutcomeSchema)
    .mutation(({ ctx, input: { idempotencyKey: key, ...input } }) => rejectMovement(ctx.db, ctx.actor, input, { idempotencyKey: key })),
} satisfies TRPCRouterRecord;
