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
import { idempotencyKey, organizationProcedure } from "../trpc";

const withKey = z.object({ idempotencyKey });

export const movementsRouter = {
  list: organizationProcedure.input(listMovementsInput.optional()).query(({ ctx, input }) => listMovements(ctx.db, ctx.actor, input ?? {})),
  byId: organizationProcedure.input(z.object({ movementId: z.string().uuid() })).query(({ ctx, input }) => getMovement(ctx.db, ctx.actor, input.movementId)),
  request: organizationProcedure
    .input(z.intersection(requestMovementInput, withKey))
    .mutation(({ ctx, input: { idempotencyKey: key, ...input } }) => requestMovement(ctx.db, ctx.actor, input, { idempotencyKey: key })),
  cancel: organizationProcedure
    .input(cancelMovementInput.extend({ idempotencyKey }))
    .mutation(({ ctx, input: { idempotencyKey: key, ...input } }) => cancelMovement(ctx.db, ctx.actor, input, { idempotencyKey: key })),
} satisfies TRPCRouterRecord;

export const approvalsRouter = {
  /** Movements the caller can approve or reject now. */
  inbox: organizationProcedure.query(({ ctx }) => listApprovalInbox(ctx.db, ctx.actor)),
  approve: organizationProcedure
    .input(approveMovementInput.extend({ idempotencyKey }))
    .mutation(({ ctx, input: { idempotencyKey: key, ...input } }) => approveMovement(ctx.db, ctx.actor, input, { idempotencyKey: key })),
  reject: organizationProcedure
    .input(rejectMovementInput.extend({ idempotencyKey }))
    .mutation(({ ctx, input: { idempotencyKey: key, ...input } }) => rejectMovement(ctx.db, ctx.actor, input, { idempotencyKey: key })),
} satisfies TRPCRouterRecord;
