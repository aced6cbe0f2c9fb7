import type { DbClient } from "./db-client";

export type AccountType = "asset" | "liability" | "equity" | "revenue" | "expense";
export type AccountStatus = "active" | "frozen" | "closed";
export type MinimumBalancePolicy = "warn" | "block";

export interface AccountRecord {
  id: string;
  organizationId: string;
  code: string;
  name: string;
  type: AccountType;
  currency: string;
  status: AccountStatus;
  minimumBalanceMinor: bigint | null;
  minimumBalancePolicy: MinimumBalancePolicy;
  isBankAccount: boolean;
  /** Posted debits minus credits, in minor units. */
  balanceMinor: bigint;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewAccount {
  organizationId: string;
  code: string;
  name: string;
  type: AccountType;
  currency: string;
  status: AccountStatus;
  minimumBalanceMinor: bigint | null;
  minimumBalancePolicy: MinimumBalancePolicy;
  isBankAccount: boolean;
}

export interface AccountFilter {
  organizationId: string;
  type?: AccountType | undefined;
  status?: AccountStatus | undefined;
  currency?: string | undefined;
  search?: string | undefined;
}

export function accountRepository(db: DbClient) {
  return {
    /** Inserts the account, or returns null when the organization already uses its code. */
    async insertUnlessCodeTaken(account: NewAccount): Promise<AccountRecord | null> {
      const rows = await db.$queryRaw<{ id: string }[]>`
        insert into ledger_account (id, organization_id, code, name, type, currency, status,
          minimum_balance_minor, minimum_balance_policy, is_bank_account, updated_at)
        values (gen_random_uuid(), ${account.organizationId}, ${account.code}, ${account.name},
          ${account.type}::account_type, ${account.currency}, ${account.status}::account_status,
          ${account.minimumBalanceMinor}, ${account.minimumBalancePolicy}::minimum_balance_policy,
          ${account.isBankAccount}, now())
        on conflict (organization_id, code) do nothing
        returning id::text as id`;
      const id = rows[0]?.id;
      return id ? db.ledgerAccount.findUniqueOrThrow({ where: { id } }) : null;
    },

    /** Marks the account as a bank account (when a bank account is linked to it). */
    markBankAccount(id: string): Promise<AccountRecord> {
      return db.ledgerAccount.update({ where: { id }, data: { isBankAccount: true } });
    },

    findByCode(organizationId: string, code: string): Promise<AccountRecord | null> {
      return db.ledgerAccount.findUnique({ where: { organizationId_code: { organizationId, code } } });
    },

    findById(organizationId: string, id: string): Promise<AccountRecord | null> {
      return db.ledgerAccount.findFirst({ where: { id, organizationId } });
    },

    findManyByIds(organizationId: string, ids: readonly string[]): Promise<AccountRecord[]> {
      return db.ledgerAccount.findMany({ where: { organizationId, id: { in: [...new Set(ids)] } } });
    },

    list(filter: AccountFilter): Promise<AccountRecord[]> {
      return db.ledgerAccount.findMany({
        where: {
          organizationId: filter.organizationId,
          type: filter.type,
          status: filter.status,
          currency: filter.currency,
          ...(filter.search
            ? { OR: [{ code: { startsWith: filter.search } }, { name: { contains: filter.search, mode: "insensitive" } }] }
            : {}),
        },
        orderBy: { code: "asc" },
      });
    },
  };
}
