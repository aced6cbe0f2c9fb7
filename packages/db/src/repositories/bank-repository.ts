import type { Prisma } from "../generated/prisma/client";
import type { DbClient } from "./db-client";

export type BankStatementLineStatus = "unreconciled" | "matched" | "excluded";
export type BankStatementImportStatus = "queued" | "running" | "succeeded" | "failed";

export interface BankAccountRecord {
  id: string;
  organizationId: string;
  ledgerAccountId: string;
  iban: string | null;
  accountNumber: string | null;
  bic: string | null;
  bankName: string;
  ownerUserId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewBankAccount {
  organizationId: string;
  ledgerAccountId: string;
  iban: string | null;
  accountNumber: string | null;
  bic: string | null;
  bankName: string;
  ownerUserId: string | null;
}

export type BankAccountChanges = Partial<Pick<NewBankAccount, "iban" | "accountNumber" | "bic" | "bankName" | "ownerUserId">>;

/** A bank account with its ledger account and what its statements say. */
export interface BankAccountSummaryRecord extends BankAccountRecord {
  ledgerCode: string;
  ledgerName: string;
  currency: string;
  ledgerBalanceMinor: bigint;
  lastStatementDate: Date | null;
  lastClosingMinor: bigint | null;
  unreconciledCount: number;
}

export interface BankStatementRecord {
  id: string;
  organizationId: string;
  bankAccountId: string;
  importId: string;
  bankStatementId: string | null;
  format: string;
  fileName: string;
  fileHash: string;
  currency: string;
  openingMinor: bigint | null;
  openingDate: Date | null;
  closingMinor: bigint | null;
  closingDate: Date | null;
  fromDate: Date | null;
  toDate: Date | null;
  otherBalances: Prisma.JsonValue;
  lineCount: number;
  importedBy: string;
  createdAt: Date;
}

export type NewBankStatement = Omit<BankStatementRecord, "id" | "createdAt" | "otherBalances"> & { otherBalances: Prisma.InputJsonValue };

export interface BankStatementLineRecord {
  id: string;
  organizationId: string;
  statementId: string;
  bankAccountId: string;
  position: number;
  lineIdentity: string;
  occurrence: number;
  bookingDate: Date;
  valueDate: Date | null;
  amountMinor: bigint;
  currency: string;
  bankReference: string | null;
  endToEndId: string | null;
  counterpartyName: string | null;
  counterpartyAccount: string | null;
  remittanceInformation: string | null;
  structuredReference: string | null;
  additionalInformation: string | null;
  bankTransactionCode: string | null;
  allocatedMinor: bigint;
  status: BankStatementLineStatus;
  exclusionReason: string | null;
  excludedBy: string | null;
  excludedAt: Date | null;
  createdAt: Date;
}

/** A line to insert: the stored line's own fields, with dates as `YYYY-MM-DD` text, as the bank wrote them. */
export type NewBankStatementLine = Omit<
  BankStatementLineRecord,
  "id" | "organizationId" | "statementId" | "bankAccountId" | "bookingDate" | "valueDate" | "allocatedMinor" | "status" | "exclusionReason" | "excludedBy" | "excludedAt" | "createdAt"
> & { bookingDate: string; valueDate: string | null };

export interface BankStatementImportRecord {
  id: string;
  organizationId: string;
  bankAccountId: string;
  requestedBy: string;
  requestId: string;
  fileName: string;
  fileHash: string;
  format: string | null;
  csvProfileId: string | null;
  status: BankStatementImportStatus;
  background: boolean;
  linesTotal: number;
  linesProcessed: number;
  outcome: Prisma.JsonValue;
  failure: Prisma.JsonValue;
  createdAt: Date;
  updatedAt: Date;
  finishedAt: Date | null;
}

export interface NewBankStatementImport {
  organizationId: string;
  bankAccountId: string;
  requestedBy: string;
  requestId: string;
  fileName: string;
  fileHash: string;
  format: string | null;
  csvProfileId: string | null;
  status: BankStatementImportStatus;
  linesTotal: number;
  background: boolean;
  /** The file, kept only while a background import waits or runs. */
  pendingFile: Uint8Array | null;
}

export interface CsvImportProfileRecord {
  id: string;
  organizationId: string;
  bankAccountId: string | null;
  name: string;
  profile: Prisma.JsonValue;
  createdAt: Date;
  updatedAt: Date;
}

export interface StatementLineFilter {
  organizationId: string;
  bankAccountId: string;
  statementId?: string | undefined;
  statuses?: readonly BankStatementLineStatus[] | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  limit: number;
  cursor?: string | undefined;
}

const importSelect = {
  id: true,
  organizationId: true,
  bankAccountId: true,
  requestedBy: true,
  requestId: true,
  fileName: true,
  fileHash: true,
  format: true,
  csvProfileId: true,
  status: true,
  background: true,
  linesTotal: true,
  linesProcessed: true,
  outcome: true,
  failure: true,
  createdAt: true,
  updatedAt: true,
  finishedAt: true,
} as const;

/** Bank accounts, their statements and lines, statement imports and CSV profiles. */
export function bankRepository(db: DbClient) {
  return {
    /** Inserts the bank account, or returns null when its IBAN, number or ledger account is already taken. */
    async insertBankAccountUnlessTaken(account: NewBankAccount): Promise<BankAccountRecord | null> {
      const rows = await db.$queryRaw<{ id: string }[]>`
        insert into bank_account (id, organization_id, ledger_account_id, iban, account_number, bic, bank_name, owner_user_id, updated_at)
        values (gen_random_uuid(), ${account.organizationId}, ${account.ledgerAccountId}::uuid, ${account.iban}, ${account.accountNumber},
          ${account.bic}, ${account.bankName}, ${account.ownerUserId}, now())
        on conflict do nothing
        returning id::text as id`;
      const id = rows[0]?.id;
      return id ? db.bankAccount.findUniqueOrThrow({ where: { id } }) : null;
    },

    findBankAccount(organizationId: string, id: string): Promise<BankAccountRecord | null> {
      return db.bankAccount.findFirst({ where: { id, organizationId } });
    },

    /** The bank account, its row locked to the end of the transaction. */
    async lockBankAccount(organizationId: string, id: string): Promise<BankAccountRecord | null> {
      const rows = await db.$queryRaw<{ id: string }[]>`
        select id::text as id from bank_account where id = ${id}::uuid and organization_id = ${organizationId} for no key update`;
      return rows[0] ? db.bankAccount.findUniqueOrThrow({ where: { id } }) : null;
    },

    findBankAccountByLedgerAccount(ledgerAccountId: string): Promise<BankAccountRecord | null> {
      return db.bankAccount.findUnique({ where: { ledgerAccountId } });
    },

    /** Another bank account of the organization with this IBAN or account number. */
    findBankAccountByIdentifier(organizationId: string, identifier: { iban: string | null; accountNumber: string | null }, exceptId?: string): Promise<BankAccountRecord | null> {
      const or: Prisma.BankAccountWhereInput[] = [];
      if (identifier.iban) or.push({ iban: identifier.iban });
      if (identifier.accountNumber) or.push({ accountNumber: identifier.accountNumber });
      if (or.length === 0) return Promise.resolve(null);
      return db.bankAccount.findFirst({ where: { organizationId, OR: or, ...(exceptId ? { id: { not: exceptId } } : {}) } });
    },

    updateBankAccount(id: string, changes: BankAccountChanges): Promise<BankAccountRecord> {
      return db.bankAccount.update({ where: { id }, data: changes });
    },

    /** The organization's bank accounts (or one), with their ledger account and last statement, by ledger code. */
    async listBankAccounts(organizationId: string, id?: string): Promise<BankAccountSummaryRecord[]> {
      return db.$queryRaw<BankAccountSummaryRecord[]>`
        select b.id::text as id, b.organization_id as "organizationId", b.ledger_account_id::text as "ledgerAccountId",
          b.iban, b.account_number as "accountNumber", b.bic, b.bank_name as "bankName", b.owner_user_id as "ownerUserId",
          b.created_at as "createdAt", b.updated_at as "updatedAt",
          a.code as "ledgerCode", a.name as "ledgerName", a.currency::text as currency, a.balance_minor as "ledgerBalanceMinor",
          last.closing_date as "lastStatementDate", last.closing_minor as "lastClosingMinor",
          (select count(*)::int from bank_statement_line l where l.bank_account_id = b.id and l.status = 'unreconciled') as "unreconciledCount"
        from bank_account b
        join ledger_account a on a.id = b.ledger_account_id
        left join lateral (
          select s.closing_date, s.closing_minor from bank_statement s
          where s.bank_account_id = b.id
          order by s.closing_date desc nulls last, s.created_at desc limit 1
        ) last on true
        where b.organization_id = ${organizationId} and (${id ?? null}::uuid is null or b.id = ${id ?? null}::uuid)
        order by a.code`;
    },

    // --- Statements ------------------------------------------------------------------------

    insertStatement(statement: NewBankStatement): Promise<BankStatementRecord> {
      return db.bankStatement.create({ data: statement });
    },

    deleteStatement(id: string): Promise<unknown> {
      return db.bankStatement.delete({ where: { id } });
    },

    setStatementLineCount(id: string, lineCount: number): Promise<unknown> {
      return db.bankStatement.update({ where: { id }, data: { lineCount } });
    },

    /** The stored statement whose closing comes last on or before `onOrBefore` (the one a new statement follows). */
    findPreviousStatement(bankAccountId: string, onOrBefore: Date, exceptId: string): Promise<BankStatementRecord | null> {
      return db.bankStatement.findFirst({
        where: { bankAccountId, closingDate: { lte: onOrBefore }, closingMinor: { not: null }, id: { not: exceptId } },
        orderBy: [{ closingDate: "desc" }, { createdAt: "desc" }],
      });
    },

    /** A stored statement the bank identified the same way (for statements without lines). */
    findSameStatement(bankAccountId: string, same: { bankStatementId: string | null; closingDate: Date | null; closingMinor: bigint | null }, exceptId: string): Promise<BankStatementRecord | null> {
      return db.bankStatement.findFirst({ where: { bankAccountId, bankStatementId: same.bankStatementId, closingDate: same.closingDate, closingMinor: same.closingMinor, id: { not: exceptId } } });
    },

    listStatements(bankAccountId: string): Promise<BankStatementRecord[]> {
      return db.bankStatement.findMany({ where: { bankAccountId }, orderBy: [{ closingDate: "desc" }, { createdAt: "desc" }] });
    },

    // --- Lines -----------------------------------------------------------------------------

    /**
     * Inserts a batch of lines in one statement (one `insert … select from unnest(…)` per batch);
     * a line whose identity the bank account already holds is skipped (the unique constraint
     * decides, also against a concurrent import). Returns how many were inserted.
     */
    async insertLines(target: { organizationId: string; bankAccountId: string; statementId: string }, lines: readonly NewBankStatementLine[]): Promise<number> {
      if (lines.length === 0) return 0;
      const column = <T>(pick: (line: NewBankStatementLine) => T) => lines.map(pick);
      return db.$executeRaw`
        insert into bank_statement_line (id, organization_id, statement_id, bank_account_id, position, line_identity, occurrence,
          booking_date, value_date, amount_minor, currency, bank_reference, end_to_end_id, counterparty_name, counterparty_account,
          remittance_information, structured_reference, additional_information, bank_transaction_code)
        select gen_random_uuid(), ${target.organizationId}, ${target.statementId}::uuid, ${target.bankAccountId}::uuid, t.position, t.identity, t.occurrence,
          t.booking_date::date, t.value_date::date, t.amount::bigint, t.currency, t.bank_reference, t.end_to_end_id, t.counterparty_name,
          t.counterparty_account, t.remittance, t.structured_reference, t.additional_information, t.bank_transaction_code
        from unnest(${column((l) => l.position)}::int[], ${column((l) => l.lineIdentity)}::text[], ${column((l) => l.occurrence)}::int[],
          ${column((l) => l.bookingDate)}::text[], ${column((l) => l.valueDate)}::text[], ${column((l) => l.amountMinor.toString())}::text[],
          ${column((l) => l.currency)}::text[], ${column((l) => l.bankReference)}::text[], ${column((l) => l.endToEndId)}::text[],
          ${column((l) => l.counterpartyName)}::text[], ${column((l) => l.counterpartyAccount)}::text[], ${column((l) => l.remittanceInformation)}::text[],
          ${column((l) => l.structuredReference)}::text[], ${column((l) => l.additionalInformation)}::text[], ${column((l) => l.bankTransactionCode)}::text[])
          as t(position, identity, occurrence, booking_date, value_date, amount, currency, bank_reference, end_to_end_id, counterparty_name,
            counterparty_account, remittance, structured_reference, additional_information, bank_transaction_code)
        order by t.position
        on conflict (bank_account_id, line_identity) do nothing`;
    },

    /** Lines of a bank account, by booking date then position, newest first; cursor pagination by id. */
    async listLines(filter: StatementLineFilter): Promise<BankStatementLineRecord[]> {
      const where: Prisma.BankStatementLineWhereInput = {
        organizationId: filter.organizationId,
        bankAccountId: filter.bankAccountId,
        ...(filter.statementId ? { statementId: filter.statementId } : {}),
        ...(filter.statuses ? { status: { in: [...filter.statuses] } } : {}),
        ...(filter.from || filter.to ? { bookingDate: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lte: filter.to } : {}) } } : {}),
      };
      return db.bankStatementLine.findMany({
        where,
        orderBy: [{ bookingDate: "desc" }, { createdAt: "desc" }, { position: "desc" }, { id: "desc" }],
        take: filter.limit,
        ...(filter.cursor ? { cursor: { id: filter.cursor }, skip: 1 } : {}),
      });
    },

    countLines(bankAccountId: string): Promise<number> {
      return db.bankStatementLine.count({ where: { bankAccountId } });
    },

    // --- Imports ---------------------------------------------------------------------------

    async insertImport(row: NewBankStatementImport): Promise<BankStatementImportRecord> {
      const { pendingFile, ...rest } = row;
      return db.bankStatementImport.create({ data: { ...rest, pendingFile: pendingFile ? Buffer.from(pendingFile) : null }, select: importSelect });
    },

    findImport(organizationId: string, id: string): Promise<BankStatementImportRecord | null> {
      return db.bankStatementImport.findFirst({ where: { id, organizationId }, select: importSelect });
    },

    /** The file a background import reads (null once it ended). */
    async pendingFile(id: string): Promise<Uint8Array | null> {
      const row = await db.bankStatementImport.findUnique({ where: { id }, select: { pendingFile: true } });
      return row?.pendingFile ? new Uint8Array(row.pendingFile) : null;
    },

    /** Moves an import to `status` only from one of `from`; returns whether it moved. */
    async transitionImport(id: string, from: readonly BankStatementImportStatus[], to: { status: BankStatementImportStatus; linesTotal?: number; linesProcessed?: number; outcome?: Prisma.InputJsonValue; failure?: Prisma.InputJsonValue; finished?: boolean; dropFile?: boolean }): Promise<boolean> {
      const result = await db.bankStatementImport.updateMany({
        where: { id, status: { in: [...from] } },
        data: {
          status: to.status,
          ...(to.linesTotal !== undefined ? { linesTotal: to.linesTotal } : {}),
          ...(to.linesProcessed !== undefined ? { linesProcessed: to.linesProcessed } : {}),
          ...(to.outcome !== undefined ? { outcome: to.outcome } : {}),
          ...(to.failure !== undefined ? { failure: to.failure } : {}),
          ...(to.finished ? { finishedAt: new Date() } : {}),
          ...(to.dropFile ? { pendingFile: null } : {}),
        },
      });
      return result.count === 1;
    },

    /** Progress of a running import (in its own short transaction, so a poller sees it). */
    async setImportProgress(id: string, linesProcessed: number): Promise<void> {
      await db.bankStatementImport.updateMany({ where: { id, status: "running" }, data: { linesProcessed } });
    },

    // --- CSV import profiles -------------------------------------------------------------

    findCsvProfile(organizationId: string, id: string): Promise<CsvImportProfileRecord | null> {
      return db.csvImportProfile.findFirst({ where: { id, organizationId } });
    },

    /** Locks a profile for its update (two people saving the same profile take turns). */
    async lockCsvProfile(organizationId: string, id: string): Promise<CsvImportProfileRecord | null> {
      await db.$queryRaw`SELECT id FROM csv_import_profile WHERE id = ${id}::uuid AND organization_id = ${organizationId} FOR UPDATE`;
      return db.csvImportProfile.findFirst({ where: { id, organizationId } });
    },

    findCsvProfileByName(organizationId: string, name: string, exceptId?: string): Promise<CsvImportProfileRecord | null> {
      return db.csvImportProfile.findFirst({ where: { organizationId, name, ...(exceptId ? { NOT: { id: exceptId } } : {}) } });
    },

    insertCsvProfile(data: { organizationId: string; bankAccountId: string | null; name: string; profile: Prisma.InputJsonValue }): Promise<CsvImportProfileRecord> {
      return db.csvImportProfile.create({ data });
    },

    updateCsvProfile(id: string, data: { bankAccountId: string | null; name: string; profile: Prisma.InputJsonValue }): Promise<CsvImportProfileRecord> {
      return db.csvImportProfile.update({ where: { id }, data });
    },

    /** The organization's profiles by name; with a bank account, its own profiles and the shared ones (no bank account). */
    listCsvProfiles(organizationId: string, bankAccountId?: string): Promise<CsvImportProfileRecord[]> {
      return db.csvImportProfile.findMany({
        where: { organizationId, ...(bankAccountId ? { OR: [{ bankAccountId }, { bankAccountId: null }] } : {}) },
        orderBy: [{ name: "asc" }, { id: "asc" }],
      });
    },
  };
}
