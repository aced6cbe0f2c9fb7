/**
 * The response DTO of `session.actions`: for the caller in the active organization, the verdict
 * on each top-level action of the back office (the palette's quick actions, the "New …" buttons).
 */
import type { z } from "zod";
import type { Expect, Same } from "../shared/type-check";
import { allowedActionsSchema, type ActionVerdict } from "../shared/wire-schemas";

/** The top-level actions: each is one use case (or search, one query) started from anywhere. */
export const workspaceActions = [
  "createCharge",
  "issueCharge",
  "recordChargePayment",
  "requestMovement",
  "approveMovement",
  "postJournalEntry",
  "reverseJournalEntry",
  "createCounterparty",
  "createAccount",
  "createBankAccount",
  "inviteMember",
  "updateApprovalPolicy",
  "updateOrganizationFormats",
  "search",
] as const;
export type WorkspaceAction = (typeof workspaceActions)[number];

export type WorkspaceActions = Record<WorkspaceAction, ActionVerdict>;

export const workspaceActionsSchema = allowedActionsSchema(workspaceActions);

type _Checks = [Expect<Same<z.infer<typeof workspaceActionsSchema>, WorkspaceActions>>];
