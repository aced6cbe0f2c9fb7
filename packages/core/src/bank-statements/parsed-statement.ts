/**
 * What every bank-statement reader (camt.053, OFX/QFX, MT940, CSV with a profile) produces: the
 * bank's statements as read, with exact amounts (signed minor units) and the bank's own calendar
 * dates. Readers decide nothing about the ledger; `import-bank-statement` checks balances,
 * duplicates and the bank account, and reports problems by the location each line carries.
 */

/** Where a value came from in the file, so that an error can name it. */
export interface SourceLocation {
  /** 1-based line of the file (CSV row, MT940/OFX line, XML line where known). */
  line?: number;
  /** The XML element path or tag, e.g. `Stmt[2]/Ntry[14]/Amt`, `STMTTRN[3]/TRNAMT`, `:61:`. */
  element?: string;
  /** The column or field name, e.g. `Amount` (CSV header) or `TRNAMT`. */
  field?: string;
}

export type StatementFormat = "camt.053" | "ofx" | "mt940" | "csv";

/** A balance the bank states: OPBD/PRCD opening, CLBD closing, CLAV, ITBD, … (camt codes; OFX LEDGERBAL is CLBD, AVAILBAL is CLAV; MT940 :60F:/:60M: OPBD, :62F:/:62M: CLBD, :64: CLAV, :65: FWAV). */
export interface ParsedBalance {
  type: string;
  /** Signed minor units of `currency` (a debit balance is negative). */
  amount: bigint;
  currency: string;
  /** The bank's calendar date, `YYYY-MM-DD`. */
  date: string;
  location: SourceLocation;
}

export interface ParsedStatementLine {
  location: SourceLocation;
  /** The bank's booking date, `YYYY-MM-DD`, read in the file's own offset (never shifted through UTC). */
  bookingDate: string;
  valueDate: string | null;
  /** Signed minor units: money in (credit to the account) positive, money out negative. Never zero-checked here. */
  amount: bigint;
  currency: string;
  /** The bank's own unique reference for the line when it has one: camt AcctSvcrRef, OFX FITID, MT940 bank reference (after `//`). */
  bankReference: string | null;
  /** camt EndToEndId (not unique within a file), OFX/MT940 customer reference where present; `NOTPROVIDED` becomes null. */
  endToEndId: string | null;
  counterpartyName: string | null;
  /** IBAN or account number of the other party, spaces removed. */
  counterpartyAccount: string | null;
  /** Remittance information: unstructured lines joined with a space. */
  remittanceInformation: string | null;
  /** Structured creditor reference (e.g. RF…, ISR/QR reference), when the bank sends one. */
  structuredReference: string | null;
  /** Other text the bank adds (camt AddtlNtryInf/AddtlTxInf, OFX NAME/MEMO, MT940 :86:), normalized whitespace. */
  additionalInformation: string | null;
  /** Bank transaction code as sent (camt Domn/Fmly/SubFmlyCd or Prtry, OFX TRNTYPE, MT940 type code). */
  bankTransactionCode: string | null;
}

export interface ParsedStatement {
  format: StatementFormat;
  /** The bank's statement id (camt Stmt/Id, MT940 :20:/:28C:, OFX none → null). */
  statementId: string | null;
  account: {
    iban: string | null;
    /** Other account identifier (OFX ACCTID, MT940 :25:, camt Othr/Id), spaces removed. */
    number: string | null;
    currency: string | null;
    bic: string | null;
  };
  /** Opening balance: camt OPBD (or PRCD when no OPBD), MT940 :60F:/:60M:; null when the format has none (OFX, most CSV). */
  opening: ParsedBalance | null;
  /** Closing booked balance: camt CLBD, MT940 :62F:/:62M:, OFX LEDGERBAL. */
  closing: ParsedBalance | null;
  /** Every other balance, kept as information. */
  otherBalances: ParsedBalance[];
  /** Statement period where the file states it (camt FrToDt, OFX DTSTART/DTEND), `YYYY-MM-DD`. */
  fromDate: string | null;
  toDate: string | null;
  lines: ParsedStatementLine[];
}

/** One problem that makes a file unreadable; a file with any such problem imports nothing. */
export interface StatementFormatProblem {
  location: SourceLocation;
  message: string;
}

export type StatementReadResult =
  | { ok: true; format: StatementFormat; statements: ParsedStatement[]; warnings: StatementFormatProblem[] }
  | { ok: false; format: StatementFormat | null; problems: StatementFormatProblem[] };

/** Names a location the way an error message does: `line 14, Ntry[3]/Amt (Amount)`. */
export function describeLocation(location: SourceLocation): string {
  const parts: string[] = [];
  if (location.line !== undefined) parts.push(`line ${location.line}`);
  if (location.element) parts.push(location.field ? `${location.element} (${location.field})` : location.element);
  else if (location.field) parts.push(`field ${location.field}`);
  return parts.length ? parts.join(", ") : "the file";
}
