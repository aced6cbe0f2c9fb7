import type { ApprovalProgress, MovementDetail, MovementView, Outcome, Page } from "@closebook/core";
import type { MovementApprovalRecord, MovementRecord } from "@closebook/db";
import { z } from "zod";
import { auditEventSchema } from "./audit-schemas";
import { journalEntrySchema } from "./ledger-schemas";
import { outcomeSchema } from "./outcome-schema";
import { pageSchema } from "./page-schema";
import type { Expect, Same } from "./type-check";

export const movementApprovalSchema = z.object({
  id: z.string(),
  approverId: z.string(),
  approverRole: z.string(),
  createdAt: z.date(),
});

export const movementSchema = z.object({
  id: z.string(),
  organizationId: z.string(),
  number: z.string(),
  kind: z.enum(["vendor_payment", "transfer"]),
  status: z.enum(["pending_approval", "approved", "posted", "rejected", "cancelled"]),
  description: z.string(),
  currency: z.string(),
  amountMinor: z.bigint(),
  sourceAccountId: z.string(),
  destinationAccountId: z.string(),
  counterpartyId: z.string().nullable(),
  effectiveDate: z.date(),
  requestedBy: z.string(),
  requiredApprovals: z.number(),
  minimumApproverRole: z.string(),
  requiresController: z.boolean(),
  entryId: z.string().nullable(),
  decisionReason: z.string().nullable(),
  /** The warnings its requester was given (funds, unusual amount), shown to its approvers. */
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
  createdAt: z.date(),
  updatedAt: z.date(),
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
export const movementViewSchema = movementSchema.extend({ progress: approvalProgressSchema, canDecide: z.boolean(), requestedByName: z.string().nullable() });

export const movementPageSchema = pageSchema(movementViewSchema);
export const approvalInboxSchema = z.array(movementViewSchema);

export const movementDetailSchema = z.object({
  movement: movementViewSchema,
  entry: journalEntrySchema.nullable(),
  audit: z.array(auditEventSchema),
  /** User id → name, for the people in the audit trail. */
  names: z.record(z.string(), z.string()),
});

export const movementOutcomeSchema = outcomeSchema(movementSchema);

type _Checks = [
  Expect<Same<z.infer<typeof movementApprovalSchema>, MovementApprovalRecord>>,
  Expect<Same<z.infer<typeof movementSchema>, MovementRecord>>,
  Expect<Same<z.infer<typeof approvalProgressSchema>, ApprovalProgress>>,
  Expect<Same<z.infer<typeof movementViewSchema>, MovementView>>,
  Expect<Same<z.infer<typeof movementPageSchema>, Page<MovementView>>>,
  Expect<Same<z.infer<typeof approvalInboxSchema>, MovementView[]>>,
  Expect<Same<z.infer<typeof movementDetailSchema>, MovementDetail>>,
  Expect<Same<z.infer<typeof movementOutcomeSchema>, Outcome<MovementRecord>>>,
];
