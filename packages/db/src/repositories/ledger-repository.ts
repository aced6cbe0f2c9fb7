import type { AccountRecord } from "./account-repository";
import type { DbClient } from "./db-client";

export type EntrySource = "manual" | "charge_issued" | "charge_payment" | "charge_void" | "movement" | "reversal" | "credit_note";

export interface PeriodRecord {
  id: string;
  year: number;
  month: number;
  status: "open" | "closed";
}

export interface NewJournalLine {
  accountId: string;
  currency: string;
  debitMinor: bigint;
  creditMinor: bigint;
  memo?: string | null;
}

export interface NewJournalEntry {
  organizationId: string;
  effectiveDate: Date;
  periodId: string;
  memo: string;
  source: EntrySource;
  sourceId: string | null;
  reversesEntryId: string | null;
  postedBy: string;
  requestId: string;
  /**
   * How the entry is numbered, decided by the caller: the number is `prefix` followed by the
   * entry's sequence value zero-padded to `width` digits (never cut when it is longer).
   */
  numberFormat: { prefix: string; width: number };
  lines: NewJournalLine[];
}

export interface JournalLineRecord extends NewJournalLine {
  id: string;
  lineNo: number;
  accountCode: string;
  accountName: string;
}

export interface JournalEntryRecord {
  id: string;
  organizationId: string;
  number: string;
  fiscalYear: number;
  effectiveDate: Date;
  memo: string;
  source: EntrySource;
  sourceId: string | null;
  reversesEntryId: string | null;
  reversedByEntryId: string | null;
  reversedByNumber: string | null;
  postedBy: string;
  postedAt: Date;
  lines: JournalLineRecord[];
}

export interface EntryFilter {
  organizationId: string;
  source?: EntrySource | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  accountId?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

export interface AccountLedgerLine {
  entryId: string;
  entryNumber: string;
  effectiveDate: Date;
  memo: string;
  debitMinor: bigint;
  creditMinor: bigint;
  /** Balance after this line, debits positive. */
  runningBalanceMinor: bigint;
}

const entryInclude = {
  lines: { orderBy: { lineNo: "asc" as const }, include: { account: { select: { code: true, name: true } } } },
  reversedBy: { select: { id: true, number: true } },
};

type EntryRow = {
  id: string;
  organizationId: string;
  number: string;
  fiscalYear: number;
  effectiveDate: Date;
  memo: string;
  source: EntrySource;
  sourceId: string | null;
  reversesEntryId: string | null;
  postedBy: string;
  postedAt: Date;
  reversedBy: { id: string; number: string } | null;
  lines: {
    id: string;
    lineNo: number;
    accountId: string;
    currency: string;
    debitMinor: bigint;
    creditMinor: bigint;
    memo: string | null;
    account: { code: string; name: string };
  }[];
};

function toEntry(row: EntryRow): JournalEntryRecord {
  return {
    id: row.id,
    organizationId: row.organizationId,
    number: row.number,
    fiscalYear: row.fiscalYear,
    effectiveDate: row.effectiveDate,
    memo: row.memo,
    source: row.source,
    sourceId: row.sourceId,
    reversesEntryId: row.reversesEntryId,
    reversedByEntryId: row.reversedBy?.id ?? null,
    reversedByNumber: row.reversedBy?.number ?? null,
    postedBy: row.postedBy,
    postedAt: row.postedAt,
    lines: row.lines.map((l) => ({
      id: l.id,
      lineNo: l.lineNo,
      accountId: l.accountId,
      currency: l.currency,
      debitMinor: l.debitMinor,
      creditMinor: l.creditMinor,
      memo: l.memo,
      accountCode: l.account.code,
      accountName: l.account.name,
    })),
  };
}

export function ledgerRepository(db: DbClient) {
  /**
   * Balance changes of the entries written in this transaction, applied by `applyBalanceChanges`
   * as the transaction's last statement: the hot account rows stay locked for one round trip and
   * the commit, not for the whole use case.
   */
  const pendingBalanceChanges = new Map<string, bigint>();
  return {
    /** The month of `date` (UTC), created open when first used. */
    async ensurePeriod(organizationId: string, date: Date): Promise<PeriodRecord> {
      const year = date.getUTCFullYear();
      const month = date.getUTCMonth() + 1;
      // FOR SHARE: a period found open stays open until the posting transaction ends (closing it waits for it).
      const find = () => db.$queryRaw<PeriodRecord[]>`
        select id::text as id, year, month, status::text as status from accounting_period
        where organization_id = ${organizationId} and year = ${year}::int and month = ${month}::int for share`;
      const [existing] = await find();
      if (existing) return existing;
      await db.$executeRaw`
        insert into accounting_period (id, organization_id, year, month, starts_on, ends_on, status)
        values (gen_random_uuid(), ${organizationId}, ${year}, ${month},
          make_date(${year}::int, ${month}::int, 1), (make_date(${year}::int, ${month}::int, 1) + interval '1 month - 1 day')::date, 'open')
        on conflict (organization_id, year, month) do nothing`;
      const [created] = await find();
      if (!created) throw new Error(`accounting period ${year}-${month} could not be created`);
      return created;
    },

    /** Sets a period's status (used by period closing and by tests). */
    async setPeriodStatus(organizationId: string, year: number, month: number, status: "open" | "closed", userId: string): Promise<void> {
      await db.accountingPeriod.update({
        where: { organizationId_year_month: { organizationId, year, month } },
        data: { status, closedAt: status === "closed" ? new Date() : null, closedBy: status === "closed" ? userId : null },
      });
    },

    /**
     * Locks the accounts for update, always in ascending id order so that concurrent postings on
     * overlapping accounts queue instead of deadlocking. Returns them in that order.
     */
    async lockAccounts(organizationId: string, accountIds: readonly string[]): Promise<AccountRecord[]> {
      const ids = [...new Set(accountIds)].sort();
      if (ids.length === 0) return [];
      return db.$queryRaw<AccountRecord[]>`
        select id::text as id, organization_id as "organizationId", code, name, type::text as type, currency, status::text as status,
               minimum_balance_minor as "minimumBalanceMinor", minimum_balance_policy::text as "minimumBalancePolicy",
               is_bank_account as "isBankAccount", balance_minor as "balanceMinor", created_at as "createdAt", updated_at as "updatedAt"
        from ledger_account
        where organization_id = ${organizationId} and id = any(${ids}::uuid[])
        order by id for no key update`;
    },

    /** Writes the entry and its lines and moves the account balances. Callers hold the account locks. */
    async insertEntry(entry: NewJournalEntry): Promise<{ id: string; number: string }> {
      const fiscalYear = entry.effectiveDate.getUTCFullYear();
      const lines = entry.lines.map((line, index) => ({
        line_no: index + 1,
        account_id: line.accountId,
        currency: line.currency,
        debit_minor: line.debitMinor.toString(),
        credit_minor: line.creditMinor.toString(),
        memo: line.memo ?? null,
      }));
      for (const line of entry.lines) {
        pendingBalanceChanges.set(line.accountId, (pendingBalanceChanges.get(line.accountId) ?? 0n) + line.debitMinor - line.creditMinor);
      }
      // One round trip: number, entry and lines.
      const [row] = await db.$queryRaw<{ id: string; number: string }[]>`
        with numbered as (
          select nextval('journal_entry_number_seq') as seq
        ), inserted as (
          insert into journal_entry (id, organization_id, number, fiscal_year, sequence, effective_date, period_id, memo, source, source_id, reverses_entry_id, posted_by, request_id)
          select gen_random_uuid(), ${entry.organizationId}, ${entry.numberFormat.prefix}::text || lpad(seq::text, greatest(${entry.numberFormat.width}::int, length(seq::text)), '0'), ${fiscalYear}::int, seq,
                 ${entry.effectiveDate}::date, ${entry.periodId}::uuid, ${entry.memo}, ${entry.source}::entry_source, ${entry.sourceId}, ${entry.reversesEntryId}::uuid,
                 ${entry.postedBy}, ${entry.requestId}
          from numbered
          returning id, number
        ), line_rows as (
          insert into journal_line (id, entry_id, organization_id, line_no, account_id, currency, debit_minor, credit_minor, memo)
          select gen_random_uuid(), inserted.id, ${entry.organizationId}, l.line_no, l.account_id, l.currency, l.debit_minor, l.credit_minor, l.memo
          from inserted, jsonb_to_recordset(${JSON.stringify(lines)}::jsonb)
            as l(line_no int, account_id uuid, currency char(3), debit_minor bigint, credit_minor bigint, memo text)
          returning 1
        )
        select id::text as id, number from inserted, (select count(*) from line_rows) lc`;
      if (!row) throw new Error("journal entry insert returned nothing");
      return row;
    },

    /**
     * Moves the balances of every account this transaction posted to, locking the rows in
     * ascending id order (so concurrent postings on overlapping accounts queue, never deadlock).
     */
    async applyBalanceChanges(): Promise<void> {
      const changes = [...pendingBalanceChanges].filter(([, delta]) => delta !== 0n).map(([account_id, delta]) => ({ account_id, delta: delta.toString() }));
      pendingBalanceChanges.clear();
      if (changes.length === 0) return;
      await db.$executeRaw`
        with changes as (
          select * from jsonb_to_recordset(${JSON.stringify(changes)}::jsonb) as c(account_id uuid, delta bigint)
        ), locked as (
          select a.id from ledger_account a join changes c on c.account_id = a.id order by a.id for no key update of a
        )
        update ledger_account a set balance_minor = a.balance_minor + c.delta, updated_at = now()
        from changes c, locked l
        where a.id = c.account_id and l.id = a.id`;
    },

    async findEntry(organizationId: string, id: string): Promise<JournalEntryRecord | null> {
      const row = await db.journalEntry.findFirst({ where: { id, organizationId }, include: entryInclude });
      return row ? toEntry(row) : null;
    },

    async findEntryForReversal(organizationId: string, id: string): Promise<JournalEntryRecord | null> {
      await db.$queryRaw`select id from journal_entry where id = ${id}::uuid and organization_id = ${organizationId} for update`;
      return this.findEntry(organizationId, id);
    },

    async listEntries(filter: EntryFilter): Promise<JournalEntryRecord[]> {
      const rows = await db.journalEntry.findMany({
        where: {
          organizationId: filter.organizationId,
          source: filter.source,
          effectiveDate: { gte: filter.from, lte: filter.to },
          ...(filter.accountId ? { lines: { some: { accountId: filter.accountId } } } : {}),
        },
        include: entryInclude,
        orderBy: [{ postedAt: "desc" }, { id: "desc" }],
        take: filter.limit,
        ...(filter.cursor ? { cursor: { id: filter.cursor }, skip: 1 } : {}),
      });
      return rows.map(toEntry);
    },

    async entriesForSource(organizationId: string, source: EntrySource, sourceId: string): Promise<JournalEntryRecord[]> {
      const rows = await db.journalEntry.findMany({ where: { organizationId, source, sourceId }, include: entryInclude, orderBy: { postedAt: "asc" } });
      return rows.map(toEntry);
    },

    async entriesByIds(organizationId: string, ids: string[]): Promise<JournalEntryRecord[]> {
      const rows = await db.journalEntry.findMany({ where: { organizationId, id: { in: ids } }, include: entryInclude, orderBy: { postedAt: "asc" } });
      return rows.map(toEntry);
    },

    /** An account's lines, newest first, with the balance after each line. */
    async accountLedger(organizationId: string, accountId: string, limit: number, beforeSequence?: bigint): Promise<(AccountLedgerLine & { sequence: bigint })[]> {
      return db.$queryRaw<(AccountLedgerLine & { sequence: bigint })[]>`
        select * from (
          select e.id::text as "entryId", e.number as "entryNumber", e.effective_date as "effectiveDate", e.memo,
                 l.debit_minor as "debitMinor", l.credit_minor as "creditMinor", e.sequence,
                 (sum(l.debit_minor - l.credit_minor) over (order by e.sequence, l.line_no))::bigint as "runningBalanceMinor"
          from journal_line l join journal_entry e on e.id = l.entry_id
          where l.account_id = ${accountId}::uuid and l.organization_id = ${organizationId}
        ) ledger
        where ${beforeSequence ?? null}::bigint is null or ledger.sequence < ${beforeSequence ?? null}::bigint
        order by ledger.sequence desc, "runningBalanceMinor" desc
        limit ${limit}`;
    },
  };
}
