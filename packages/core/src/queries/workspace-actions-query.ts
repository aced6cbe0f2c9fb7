import { z } from "zod";
import { workspaceActionsSchema, type WorkspaceAction, type WorkspaceActions } from "../dto/workspace-actions-dto";
import type { Permission } from "../policies/permissions";
import { permissionRefusal, verdict } from "../policies/refusal";
import { defineQuery } from "../shared/define-use-case";
import { approveMovement } from "../use-cases/approve-movement";
import { createAccount } from "../use-cases/create-account";
import { createBankAccount } from "../use-cases/create-bank-account";
import { createCharge } from "../use-cases/create-charge";
import { createCounterparty } from "../use-cases/create-counterparty";
import { inviteMember } from "../use-cases/invite-member";
import { issueCharge } from "../use-cases/issue-charge";
import { postManualJournalEntry } from "../use-cases/post-manual-journal-entry";
import { recordChargePayment } from "../use-cases/record-charge-payment";
import { requestMovement } from "../use-cases/request-movement";
import { reverseJournalEntry } from "../use-cases/reverse-journal-entry";
import { updateApprovalPolicy } from "../use-cases/update-approval-policy";
import { updateOrganizationFormats } from "../use-cases/update-organization-formats";
import { search } from "./search";

/** Each top-level action and the use case (or query) it starts: its verdict is that one's authorization. */
const startedBy = {
  createCharge,
  issueCharge,
  recordChargePayment,
  requestMovement,
  approveMovement,
  postJournalEntry: postManualJournalEntry,
  reverseJournalEntry,
  createCounterparty,
  createAccount,
  createBankAccount,
  inviteMember,
  updateApprovalPolicy,
  updateOrganizationFormats,
  search,
} satisfies Record<WorkspaceAction, { permission: Permission }>;

/**
 * What the caller may start in the active organization, and for each refused action why (the
 * code and sentence the use case's authorization fails with). The command palette and the pages'
 * "New …" buttons render these; they decide nothing themselves.
 */
export const getWorkspaceActions = defineQuery({
  name: "get-workspace-actions",
  permission: "organization.read",
  input: z.object({}),
  output: workspaceActionsSchema,
  async run({ actor }): Promise<WorkspaceActions> {
    return Object.fromEntries(
      Object.entries(startedBy).map(([action, started]) => [action, verdict(permissionRefusal(actor.role, started.permission))]),
    ) as WorkspaceActions;
  },
});
