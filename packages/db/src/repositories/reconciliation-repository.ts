import type { Prisma } from "../generated/prisma/client";
import type { BankStatementLineRecord, BankStatementLineStatus } from "./bank-repository";
import type { DbClient } from "./db-client";

export type ReconciliationMatchMethod = "auto" | "suggestion" | "manual";
export type ReconciliationMatchStatus = "active" | "undone";

/** A posted journal line of a bank's ledger account, with what reconciliation allocated of it. */
export interface LedgerItemRecord {
  journalLineId: string;
  entryId: string;
  entryNumber: string;
  effectiveDate: Date;
  entryMemo: string;
  lineMemo: string | null;
  currency: string;
  /** Debit − credit: money into the bank positive. */
  amountMinor: bigint;
  allocatedMinor: bigint;
  source: string;
  /** The charge's or movement's number, when the entry comes from one. */
  sourceNumber: string | null;
  counterpartyName: string | null;
}

export interface NewReconciliationMatch {
  organizationId: string;
  bankAccountId: string;
  method: ReconciliationMatchMethod;
  ruleId: string | null;
  ruleName: string | null;
  score: number | null;
  reasons: Prisma.InputJsonValue;
  matchedBy: string;
  requestId: string;
  allocations: { statementLineId: string; journalLineId: string; amountMinor: bigint }[];
}

export interface ReconciliationMatchRecord {
  id: string;
  organizationId: string;
  bankAccountId: string;
  method: ReconciliationMatchMethod;
  ruleId: string | null;
  ruleName: string | null;
  score: number | null;
  reasons: Prisma.JsonValue;
  status: ReconciliationMatchStatus;
  matchedBy: string;
  matchedAt: Date;
  undoneBy: string | null;
  undoneAt: Date | null;
  allocations: { id: string; statementLineId: string; journalLineId: string; amountMinor: bigint }[];
}

const matchInclude = { allocations: { select: { id: true, statementLineId: true, journalLineId: true, amountMinor: true }, orderBy: { id: "asc" } } } as const;

/**
 * Matches of statement lines to ledger items and the allocated totals of both sides. Writers lock
 * rows in one order (statement lines by id, then journal lines by id) so concurrent matchers wait
 * for each other instead of deadlocking; the CHECKs on both totals refuse any over-allocation.
 */
export function reconciliationRepository(db: DbClient) {
  async function ledgerItems(organizationId: string, ledgerAccountId: string, filter: { ids?: readonly string[] | undefined; openOnly: boolean }): Promise<LedgerItemRecord[]> {
    const ids = filter.ids ? [...filter.ids] : null;
    return db.$queryRaw<LedgerItemRecord[]>`
      select l.id::text as "journalLineId", e.id::text as "entryId", e.number as "entryNumber", e.effective_date as "effectiveDate",
        e.memo as "entryMemo", l.memo as "lineMemo", l.currency::text as currency, (l.debit_minor - l.credit_minor) as "amountMinor",
        coalesce(r.allocated_minor, 0::bigint) as "allocatedMinor", e.source::text as source,
        coalesce(c.number, m.number) as "sourceNumber", coalesce(cc.name, mc.name) as "counterpartyName"
      from journal_line l
      join journal_entry e on e.id = l.entry_id
      left join reconciled_journal_line r on r.journal_line_id = l.id
      left join charge c on e.source in ('charge_issued', 'charge_payment', 'charge_void', 'credit_note') and c.id::text = e.source_id
      left join counterparty cc on cc.id = c.customer_id
      left join movement m on e.source = 'movement' and m.id::text = e.source_id
      left join counterparty mc on mc.id = m.counterparty_id
      where l.organization_id = ${organizationId} and l.account_id = ${ledgerAccountId}::uuid
        and (${ids}::uuid[] is null or l.id = any(${ids}::uuid[]))
        and (not ${filter.openOnly} or coalesce(r.allocated_minor, 0::bigint) <> (l.debit_minor - l.credit_minor))
      order by l.id`;
  }
  return {
    /** The account's posted journal lines, with allocated totals; `openOnly` drops fully allocated ones. */
    listLedgerItems(organizationId: string, ledgerAccountId: string, filter: { ids?: readonly string[]; openOnly: boolean }): Promise<LedgerItemRecord[]> {
      return ledgerItems(organizationId, ledgerAccountId, filter);
    },

    /**
     * The given journal lines of the account with their totals rows locked (created at zero when
     * first allocated), by id. Lines not on the account are left out.
     */
    async lockLedgerItems(organizationId: string, ledgerAccountId: string, ids: readonly string[]): Promise<LedgerItemRecord[]> {
      if (ids.length === 0) return [];
      await db.$executeRaw`
        insert into reconciled_journal_line (journal_line_id, organization_id, amount_minor, allocated_minor)
        select l.id, l.organization_id, l.debit_minor - l.credit_minor, 0 from journal_line l
        where l.organization_id = ${organizationId} and l.account_id = ${ledgerAccountId}::uuid and l.id = any(${[...ids]}::uuid[])
          and l.debit_minor <> l.credit_minor
        order by l.id
        on conflict (journal_line_id) do nothing`;
      await db.$queryRaw`
        select journal_line_id from reconciled_journal_line where journal_line_id = any(${[...ids]}::uuid[])
        order by journal_line_id for update`;
      return ledgerItems(organizationId, ledgerAccountId, { ids, openOnly: false });
    },

    /** Statement lines of the bank account in the given statuses, oldest booking first. */
    listStatementLines(organizationId: string, bankAccountId: string, statuses: readonly BankStatementLineStatus[]): Promise<BankStatementLineRecord[]> {
      return db.bankStatementLine.findMany({ where: { organizationId, bankAccountId, status: { in: [...statuses] } }, orderBy: [{ bookingDate: "asc" }, { id: "asc" }] });
    },

    /** The given statement lines of the bank account, locked `FOR UPDATE` in id order. */
    async lockStatementLines(organizationId: string, bankAccountId: string, ids: readonly string[]): Promise<BankStatementLineRecord[]> {
      if (ids.length === 0) return [];
      await db.$queryRaw`
        select id from bank_statement_line
        where organization_id = ${organizationId} and bank_account_id = ${bankAccountId}::uuid and id = any(${[...ids]}::uuid[])
        order by id for update`;
      return db.bankStatementLine.findMany({ where: { organizationId, bankAccountId, id: { in: [...ids] } }, orderBy: { id: "asc" } });
    },

    /** Adds `deltaMinor` to a statement line's allocated total and sets its status. */
    async addToStatementLine(id: string, deltaMinor: bigint, status: BankStatementLineStatus): Promise<void> {
      await db.$executeRaw`update bank_statement_line set allocated_minor = allocated_minor + ${deltaMinor}::bigint, status = ${status}::bank_statement_line_status where id = ${id}::uuid`;
    },

    /** Adds `deltaMinor` to a journal line's allocated total (its row exists: see lockLedgerItems). */
    async addToLedgerItem(journalLineId: string, deltaMinor: bigint): Promise<void> {
      await db.$executeRaw`update reconciled_journal_line set allocated_minor = allocated_minor + ${deltaMinor}::bigint where journal_line_id = ${journalLineId}::uuid`;
    },

    /** Excludes a line (with why and by whom), or includes it again (`exclusion` null). */
    setStatementLineExclusion(id: string, exclusion: { reason: string; by: string } | null): Promise<BankStatementLineRecord> {
      return db.bankStatementLine.update({
        where: { id },
        data: exclusion
          ? { status: "excluded", exclusionReason: exclusion.reason, excludedBy: exclusion.by, excludedAt: new Date() }
          : { status: "unreconciled", exclusionReason: null, excludedBy: null, excludedAt: null },
      });
    },

    insertMatch(match: NewReconciliationMatch): Promise<ReconciliationMatchRecord> {
      const { allocations, ...rest } = match;
      return db.reconciliationMatch.create({ data: { ...rest, allocations: { create: allocations } }, include: matchInclude });
    },

    findMatch(organizationId: string, id: string): Promise<ReconciliationMatchRecord | null> {
      return db.reconciliationMatch.findFirst({ where: { id, organizationId }, include: matchInclude });
    },

    /** The match, its row locked to the end of the transaction. */
    async lockMatch(organizationId: string, id: string): Promise<ReconciliationMatchRecord | null> {
      await db.$queryRaw`select id from reconciliation_match where id = ${id}::uuid and organization_id = ${organizationId} for update`;
      return db.reconciliationMatch.findFirst({ where: { id, organizationId }, include: matchInclude });
    },

    async markMatchUndone(id: string, undoneBy: string): Promise<ReconciliationMatchRecord> {
      return db.reconciliationMatch.update({ where: { id }, data: { status: "undone", undoneBy, undoneAt: new Date() }, include: matchInclude });
    },
  };
}
