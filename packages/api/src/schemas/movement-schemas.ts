import { wire } from "@closebook/core";
import { movementKinds, movementStatuses } from "@closebook/core";
import type { ApprovalProgress, MovementDetail, MovementView, Outcome, Page } from "@closebook/core";
import type { MovementApprovalRecord, MovementRecord } from "@closebook/db";
import { z } from "zod";
import { auditEventSchema } from "./audit-schemas";
import { journalEntrySchema } from "./ledger-schemas";
import { outcomeSchema } from "./outcome-schema";
import { pageSchema } from "./page-schema";
import type { Expect, Same } from "./type-check";

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

export const movementDetailSchema = z.object({
  movement: movementViewSchema,
  entry: journalEntrySchema.nullable(),
  audit: z.array(auditEventSchema),
  /** User id → name, for the people in the audit trail. */
  names: z.record(wire.text(), wire.text()),
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
