import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readCamt053 } from "./formats/camt053";
import type { ParsedStatement } from "./parsed-statement";
import { checkStatementBalances } from "./statement-checks";

function statements(name: string): ParsedStatement[] {
  const result = readCamt053(new Uint8Array(readFileSync(new URL(`./fixtures/camt053/${name}`, import.meta.url))));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.statements;
}

describe("checkStatementBalances", () => {
  it("accepts statements whose opening balance plus lines make the closing balance", () => {
    for (const file of ["v02-two-accounts.xml", "v04-batched.xml", "v08-datetime.xml"]) {
      for (const statement of statements(file)) expect(checkStatementBalances(statement).problems, `${file} ${statement.statementId}`).toEqual([]);
    }
    const [, chf] = statements("v02-two-accounts.xml");
    expect(chf && checkStatementBalances(chf).figures).toEqual({ currency: "CHF", opening: -5000n, linesTotal: 50000n, expectedClosing: 45000n, closing: 45000n, difference: 0n });
  });

  it("names the statement, the figures and the closing balance's place when they do not add up", () => {
    const [statement] = statements("wrong-closing-balance.xml");
    if (!statement) throw new Error("no statement");
    const check = checkStatementBalances(statement);
    expect(check.figures).toEqual({ currency: "EUR", opening: 10000n, linesTotal: 2815n, expectedClosing: 12815n, closing: 13000n, difference: 185n });
    expect(check.problems).toEqual([
      {
        code: "STATEMENT_BALANCE_MISMATCH",
        location: { element: "Stmt[1]/Bal[2]", line: 15 },
        message: "Statement CB-BAD-1 (DE89370400440532013000): opening balance 100.00 EUR + credits 28.15 EUR − debits 0.00 EUR (2 lines) = 128.15 EUR, but the closing balance is 130.00 EUR (difference 1.85 EUR).",
      },
    ]);
  });

  it("refuses lines and balances in another currency than the account's, and then does not add them up", () => {
    const [statement] = statements("v02-two-accounts.xml");
    if (!statement) throw new Error("no statement");
    const line = statement.lines[1];
    if (!line) throw new Error("no line");
    const mixed: ParsedStatement = { ...statement, lines: [statement.lines[0] ?? line, { ...line, currency: "USD" }], otherBalances: [{ ...statement.closing, type: "CLAV", currency: "GBP", amount: 1n, date: "2026-06-15", location: { element: "Stmt[1]/Bal[3]" } }] };
    const check = checkStatementBalances(mixed);
    expect(check.figures).toBeNull();
    expect(check.problems.map((p) => [p.code, p.location.element, p.message])).toEqual([
      ["STATEMENT_CURRENCY_MISMATCH", "Stmt[1]/Bal[3]", "Statement CB-EUR-2026-06-A (DE89370400440532013000): the CLAV balance is in GBP, not in the account's currency EUR."],
      ["STATEMENT_CURRENCY_MISMATCH", "Stmt[1]/Ntry[2]", "Statement CB-EUR-2026-06-A (DE89370400440532013000): a line of -18.15 USD on 2026-06-10 is not in the account's currency EUR."],
    ]);
  });

  it("has nothing to compare without an opening balance", () => {
    const [statement] = statements("wrong-closing-balance.xml");
    if (!statement) throw new Error("no statement");
    expect(checkStatementBalances({ ...statement, opening: null })).toEqual({ problems: [], figures: null });
  });
});
