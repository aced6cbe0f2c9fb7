import { formatMinor } from "../money/money";
import type { ParsedStatement, StatementFormatProblem } from "./parsed-statement";

/**
 * Checks of one statement as the bank sent it, before anything is imported: every line and
 * balance is in the account's currency, and the opening balance plus the lines makes the closing
 * balance (camt.053 and MT940 state both; OFX and most CSV files have no opening balance, so
 * there is nothing to check). Pure: the import use case decides what a problem means.
 */

export type StatementCheckCode = "STATEMENT_CURRENCY_MISMATCH" | "STATEMENT_BALANCE_MISMATCH";

export interface StatementCheckProblem extends StatementFormatProblem {
  code: StatementCheckCode;
}

export interface StatementBalanceFigures {
  currency: string;
  opening: bigint;
  linesTotal: bigint;
  /** opening + linesTotal */
  expectedClosing: bigint;
  closing: bigint;
  /** closing − expectedClosing */
  difference: bigint;
}

export interface StatementBalanceCheck {
  problems: StatementCheckProblem[];
  /** The figures compared, when the statement has both balances in one currency. */
  figures: StatementBalanceFigures | null;
}

/** How a message names a statement: `Statement CB-EUR-2026-06-A (DE89370400440532013000)`. */
export function describeStatement(statement: ParsedStatement): string {
  const account = statement.account.iban ?? statement.account.number;
  return `Statement ${statement.statementId ?? "without id"}${account ? ` (${account})` : ""}`;
}

export function checkStatementBalances(statement: ParsedStatement): StatementBalanceCheck {
  const name = describeStatement(statement);
  const problems: StatementCheckProblem[] = [];
  const currency = statement.account.currency ?? statement.opening?.currency ?? statement.closing?.currency ?? statement.lines[0]?.currency ?? null;
  if (currency === null) return { problems, figures: null };
  const whose = statement.account.currency ? "the account's" : "the statement's";

  for (const balance of [statement.opening, statement.closing, ...statement.otherBalances]) {
    if (balance && balance.currency !== currency) {
      problems.push({ code: "STATEMENT_CURRENCY_MISMATCH", location: balance.location, message: `${name}: the ${balance.type} balance is in ${balance.currency}, not in ${whose} currency ${currency}.` });
    }
  }
  for (const line of statement.lines) {
    if (line.currency !== currency) {
      problems.push({ code: "STATEMENT_CURRENCY_MISMATCH", location: line.location, message: `${name}: a line of ${formatMinor(line.amount, line.currency)} on ${line.bookingDate} is not in ${whose} currency ${currency}.` });
    }
  }

  const { opening, closing } = statement;
  // Sums across currencies mean nothing: the balance is checked only when everything is in one currency.
  if (!opening || !closing || problems.length > 0) return { problems, figures: null };
  const linesTotal = statement.lines.reduce((sum, line) => sum + line.amount, 0n);
  const expectedClosing = opening.amount + linesTotal;
  const figures: StatementBalanceFigures = { currency, opening: opening.amount, linesTotal, expectedClosing, closing: closing.amount, difference: closing.amount - expectedClosing };
  if (figures.difference !== 0n) {
    const credits = statement.lines.reduce((sum, line) => (line.amount > 0n ? sum + line.amount : sum), 0n);
    const debits = linesTotal - credits;
    problems.push({
      code: "STATEMENT_BALANCE_MISMATCH",
      location: closing.location,
      message:
        `${name}: opening balance ${formatMinor(opening.amount, currency)} + credits ${formatMinor(credits, currency)} − debits ${formatMinor(-debits, currency)} ` +
        `(${statement.lines.length} lines) = ${formatMinor(expectedClosing, currency)}, but the closing balance is ${formatMinor(closing.amount, currency)} ` +
        `(difference ${formatMinor(figures.difference, currency)}).`,
    });
  }
  return { problems, figures };
}
