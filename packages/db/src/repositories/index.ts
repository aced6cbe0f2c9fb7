import type { DbClient } from "./db-client";
import { accountRepository } from "./account-repository";
import { auditRepository } from "./audit-repository";
import { idempotencyRepository } from "./idempotency-repository";
import { membershipRepository } from "./membership-repository";

export function createRepositories(db: DbClient) {
  return {
    accounts: accountRepository(db),
    audit: auditRepository(db),
    idempotency: idempotencyRepository(db),
    memberships: membershipRepository(db),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
