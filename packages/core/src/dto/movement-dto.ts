/** The response DTOs of movements and approvals: what procedures return, declared once. */
import type { AuditEventRecord, JournalEntryRecord, MovementApprovalRecord, MovementRecord } from "@closebook/db";
import { z } from "zod";
import { movementKinds, movementStatuses } from "../domain/enums";
import { wire } from "../fields";
import type { ApprovalProgress } from "../policies/approval-policy";
import type { Page } from "../shared/pagination";
import type { Expect, Same } from "../shared/type-check";
import { actionVerdictSchema, allowedActionsSchema, pageSchema, type ActionVerdict } from "../shared/wire-schemas";
import { journalEntrySchema } from "./ledger-dto";
import { auditEventSchema } from "./audit-dto";

/** What the caller may do to a movement now, each computed by the rule its use case checks. */
export interface MovementActions {
  approve: ActionVerdict;
  reject: ActionVerdict;
  cancel: ActionVerdict;
}

export interface MovementView extends MovementRecord {
  progress: ApprovalProgress;
  /** Whether the caller can approve it now: `allowedActions.approve.allowed`, kept until the web reads the verdicts. */
  canDecide: boolean;
  allowedActions: MovementActions;
  /** Display name of the requester. */
  requestedByName: string | null;
}

/** Another movement named on a movement's page (the one it revises, the one revising it). */
export interface MovementLink {
  id: string;
  number: string;
}

export interface MovementDetail {
  movement: MovementView;
  /** The rejected movement this one revises. */
  revisedFrom: MovementLink | null;
  /** The movement that revises this one (once rejected and revised). */
  revisedBy: MovementLink | null;
  /** Whether the caller may revise it now (revise-rejected-movement's rule). */
  revise: ActionVerdict;
  entry: JournalEntryRecord | null;
  audit: AuditEventRecord[];
  names: Record<string, string>;
}

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

/** A movement with its approval progress and what the caller may do to it now. */
export const movementViewSchema = movementSchema.extend({
  progress: approvalProgressSchema,
  /** Whether the caller can approve it now (the approve verdict), kept until the web reads `allowedActions`. */
  canDecide: z.boolean(),
  allowedActions: allowedActionsSchema(["approve", "reject", "cancel"]),
  requestedByName: wire.text().nullable(),
});

export const movementPageSchema = pageSchema(movementViewSchema);
export const approvalInboxSchema = z.array(movementViewSchema);

/** One movement's page: the movement, its journal entry once posted, its audit trail. */
export const movementLinkSchema = z.object({ id: wire.text(), number: wire.text() });

export const movementDetailSchema = z.object({
  movement: movementViewSchema,
  revisedFrom: movementLinkSchema.nullable(),
  revisedBy: movementLinkSchema.nullable(),
  revise: actionVerdictSchema,
  entry: journalEntrySchema.nullable(),
  audit: z.array(auditEventSchema),
  /** User id → name, for the people in the audit trail. */
  names: z.record(wire.text(), wire.text()),
});

type _Checks = [
  Expect<Same<z.infer<typeof movementApprovalSchema>, MovementApprovalRecord>>,
  Expect<Same<z.infer<typeof movementSchema>, MovementRecord>>,
  Expect<Same<z.infer<typeof approvalProgressSchema>, ApprovalProgress>>,
  Expect<Same<z.infer<typeof movementViewSchema>, MovementView>>,
  Expect<Same<z.infer<typeof movementPageSchema>, Page<MovementView>>>,
  Expect<Same<z.infer<typeof approvalInboxSchema>, MovementView[]>>,
  Expect<Same<z.infer<typeof movementLinkSchema>, MovementLink>>,
  Expect<Same<z.infer<typeof movementDetailSchema>, MovementDetail>>,
];
