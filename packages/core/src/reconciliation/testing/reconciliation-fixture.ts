/**
 * Contract-test data for reconciliation, built through the use cases: a bank account, statement
 * lines imported from a ParsedStatement (read back by a test reader, as the import's own test
 * does) and posted journal lines of the bank's ledger account (manual entries against equity).
 */
import type { Database } from "@closebook/db";
import type { Actor } from "../../shared/actor";
import superjson from "superjson";
import type { ParsedStatement, ParsedStatementLine, StatementReadResult } from "../../bank-statements/parsed-statement";
import type { StatementFileReader } from "../../bank-statements/statement-import";
import { createAccount } from "../../use-cases/create-account";
import { createBankAccount } from "../../use-cases/create-bank-account";
import { defineImportBankStatement } from "../../use-cases/import-bank-statement";
import { postManualJournalEntry } from "../../use-cases/post-manual-journal-entry";

const readTestFile: StatementFileReader = (bytes): StatementReadResult => {
  const file = superjson.parse<{ statements: ParsedStatement[] }>(new TextDecoder().decode(bytes));
  return { ok: true, format: "camt.053", statements: file.statements, warnings: [] };
};
const importBankStatement = defineImportBankStatement(readTestFile);

export interface ReconciliationBooks {
  bankAccountId: string;
  ledgerAccountId: string;
  equityAccountId: string;
  iban: string;
  /** Imports one statement of these lines; returns their ids in the given order. */
  importLines(lines: { amount: bigint; reference: string; bookingDate?: string; remittance?: string; counterpartyName?: string }[]): Promise<string[]>;
  /** Imports one line in a statement of its own; returns its id. */
  importLine(amount: bigint, reference: string): Promise<string>;
  /** Posts an entry moving money into (+) or out of (−) the bank; returns the bank-side journal line's id and the entry number. */
  postBankLine(amount: bigint, memo?: string): Promise<{ journalLineId: string; entryNumber: string }>;
}

let statementCounter = 0;

/** The books, made as the organization's controller (accounts, entries) and clerk (imports). */
export async function reconciliationBooks(db: Database, actors: { controller: Actor; clerk: Actor }, iban: string, code = "1010"): Promise<ReconciliationBooks> {
  const { controller, clerk } = actors;
  const bank = (await createBankAccount(db, controller, { code, name: `Bank ${code}`, currency: "EUR", iban, bankName: "Test bank" })).state;
  const equity = (await createAccount(db, controller, { code: `3${code}`, name: `Equity ${code}`, type: "equity", currency: "EUR" })).state;
  let closing = 0n;
  const books: ReconciliationBooks = {
    bankAccountId: bank.id,
    ledgerAccountId: bank.ledgerAccountId,
    equityAccountId: equity.id,
    iban,
    async importLines(lines) {
      statementCounter += 1;
      const parsed: ParsedStatementLine[] = lines.map((l) => ({
        location: { element: "Ntry" },
        bookingDate: l.bookingDate ?? "2026-11-20",
        valueDate: l.bookingDate ?? "2026-11-20",
        amount: l.amount,
        currency: "EUR",
        bankReference: l.reference,
        endToEndId: null,
        counterpartyName: l.counterpartyName ?? null,
        counterpartyAccount: null,
        remittanceInformation: l.remittance ?? null,
        structuredReference: null,
        additionalInformation: null,
        bankTransactionCode: null,
      }));
      const opening = closing;
      closing = parsed.reduce((sum, l) => sum + l.amount, opening);
      const statement: ParsedStatement = {
        format: "camt.053",
        statementId: `S-${code}-${statementCounter}`,
        account: { iban, number: null, currency: "EUR", bic: null },
        opening: { type: "OPBD", amount: opening, currency: "EUR", date: "2026-11-01", location: {} },
        closing: { type: "CLBD", amount: closing, currency: "EUR", date: "2026-11-30", location: {} },
        otherBalances: [],
        fromDate: "2026-11-01",
        toDate: "2026-11-30",
        lines: parsed,
      };
      const content = Buffer.from(superjson.stringify({ statements: [statement] })).toString("base64");
      await importBankStatement(db, clerk, { bankAccountId: bank.id, fileName: `s${statementCounter}.json`, content });
      const stored = await db.prisma.bankStatementLine.findMany({ where: { bankAccountId: bank.id, bankReference: { in: lines.map((l) => l.reference) } } });
      return lines.map((l) => {
        const row = stored.find((s) => s.bankReference === l.reference);
        if (!row) throw new Error(`line ${l.reference} was not imported`);
        return row.id;
      });
    },
    async importLine(amount, reference) {
      const [id] = await books.importLines([{ amount, reference }]);
      if (!id) throw new Error(`line ${reference} was not imported`);
      return id;
    },
    async postBankLine(amount, memo = "Bank movement") {
      const positive = amount < 0n ? -amount : amount;
      const bankSide = amount > 0n ? { accountId: bank.ledgerAccountId, debitMinor: positive } : { accountId: bank.ledgerAccountId, creditMinor: positive };
      const otherSide = amount > 0n ? { accountId: equity.id, creditMinor: positive } : { accountId: equity.id, debitMinor: positive };
      const entry = (await postManualJournalEntry(db, controller, { effectiveDate: "2026-11-18", memo, lines: [bankSide, otherSide] })).state;
      const line = await db.prisma.journalLine.findFirstOrThrow({ where: { entryId: entry.id, accountId: bank.ledgerAccountId } });
      return { journalLineId: line.id, entryNumber: entry.number };
    },
  };
  return books;
}

/** Everything reconciliation writes for an organization, to prove "nothing written". */
export async function reconciliationState(db: Database, organizationId: string) {
  const [row] = await db.prisma.$queryRaw<{ matches: number; active: number; allocations: number; lineAllocated: bigint; itemAllocated: bigint; matched: number; excluded: number; audits: number }[]>`
    select
      (select count(*) from reconciliation_match where organization_id = ${organizationId})::int as matches,
      (select count(*) from reconciliation_match where organization_id = ${organizationId} and status = 'active')::int as active,
      (select count(*) from reconciliation_allocation a join reconciliation_match m on m.id = a.match_id where m.organization_id = ${organizationId})::int as allocations,
      (select coalesce(sum(allocated_minor), 0) from bank_statement_line where organization_id = ${organizationId})::bigint as "lineAllocated",
      (select coalesce(sum(allocated_minor), 0) from reconciled_journal_line where organization_id = ${organizationId})::bigint as "itemAllocated",
      (select count(*) from bank_statement_line where organization_id = ${organizationId} and status = 'matched')::int as matched,
      (select count(*) from bank_statement_line where organization_id = ${organizationId} and status = 'excluded')::int as excluded,
      (select count(*) from audit_event where organization_id = ${organizationId})::int as audits`;
  if (!row) throw new Error("no reconciliation state");
  return row;
}
