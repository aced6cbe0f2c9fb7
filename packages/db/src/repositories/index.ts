import { accountRepository } from "./account-repository";
import { approvalPolicyRepository } from "./approval-policy-repository";
import { auditRepository } from "./audit-repository";
import { bankRepository } from "./bank-repository";
import { chargeRepository } from "./charge-repository";
import { counterpartyRepository } from "./counterparty-repository";
import { creditNoteRepository } from "./credit-note-repository";
import type { DbClient } from "./db-client";
import { idempotencyRepository } from "./idempotency-repository";
import { invitationRepository } from "./invitation-repository";
import { jobQueue } from "./job-queue";
import { ledgerRepository } from "./ledger-repository";
import { membershipRepository } from "./membership-repository";
import { movementRepository } from "./movement-repository";
import { notificationRepository } from "./notification-repository";
import { organizationRepository } from "./organization-repository";
import { reconciliationRepository } from "./reconciliation-repository";
import { searchRepository } from "./search-repository";
import { taskRepository } from "./task-repository";

export function createRepositories(db: DbClient) {
  return {
    accounts: accountRepository(db),
    approvalPolicy: approvalPolicyRepository(db),
    audit: auditRepository(db),
    bank: bankRepository(db),
    charges: chargeRepository(db),
    counterparties: counterpartyRepository(db),
    creditNotes: creditNoteRepository(db),
    idempotency: idempotencyRepository(db),
    invitations: invitationRepository(db),
    jobs: jobQueue(db),
    ledger: ledgerRepository(db),
    memberships: membershipRepository(db),
    movements: movementRepository(db),
    notifications: notificationRepository(db),
    organizations: organizationRepository(db),
    reconciliation: reconciliationRepository(db),
    search: searchRepository(db),
    tasks: taskRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
