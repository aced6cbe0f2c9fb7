/** The response DTOs of movements and approvals: what procedures return, declared once. */
import type { MovementApprovalRecord, MovementRecord } from "@closebook/db";
import { z } from "zod";
import { movementKinds, movementStatuses } from "../domain/enums";
import { wire } from "../fields";
import type { ApprovalProgress } from "../policies/approval-policy";
import type { MovementView } from "../queries/movement-queries";
import type { Page } from "../shared/pagination";
import type { Expect, Same } from "../shared/type-check";
import { pageSchema } from "../shared/wire-schemas";

export const movementApprovalSchema = z.object({
  id: wire.text(),
  approverId: wire.text(),
  approverRole: wire.text(),
  createdAt: wire.date(),
});

export const movementSchema = z.object({
  id: wire.text(),
  organizationId: wire.text(),
  number: wire.text(),
  kind: z.enum(movementKinds),
  status: z.enum(movementStatuses),
  description: wire.text(),
  currency: wire.text(),
  amountMinor: wire.money(),
  sourceAccountId: wire.text(),
  destinationAccountId: wire.text(),
  counterpartyId: wire.text().nullable(),
  effectiveDate: wire.date(),
  requestedBy: wire.text(),
  requiredApprovals: z.number(),
  minimumApproverRole: wire.text(),
  requiresController: z.boolean(),
  entryId: wire.text().nullable(),
  decisionReason: wire.text().nullable(),
  /** The rejected movement this one revises (revise-rejected-movement). */
  revisedFromId: wire.text().nullable(),
  /** The warnings its requester was given (funds, unusual amount), shown to its approvers. */
  warnings: z.array(z.object({ code: wire.text(), message: wire.text() })),
  createdAt: wire.date(),
  updatedAt: wire.date(),
  approvals: z.array(movementApprovalSchema),
});

export const approvalProgressSchema = z.object({
  given: z.number(),
  required: z.number(),
  controllerNeeded: z.boolean(),
  complete: z.boolean(),
  remaining: z.number(),
});

/** A movement with its approval progress and whether the caller can decide on it now. */
export const movementViewSchema = movementSchema.extend({ progress: approvalProgressSchema, canDecide: z.boolean(), requestedByName: wire.text().nullable() });

export const movementPageSchema = pageSchema(movementViewSchema);
export const approvalInboxSchema = z.array(movementViewSchema);

type _Checks = [
  Expect<Same<z.infer<typeof movementApprovalSchema>, MovementApprovalRecord>>,
  Expect<Same<z.infer<typeof movementSchema>, MovementRecord>>,
  Expect<Same<z.infer<typeof approvalProgressSchema>, ApprovalProgress>>,
  Expect<Same<z.infer<typeof movementViewSchema>, MovementView>>,
  Expect<Same<z.infer<typeof movementPageSchema>, Page<MovementView>>>,
  Expect<Same<z.infer<typeof approvalInboxSchema>, MovementView[]>>,
];
