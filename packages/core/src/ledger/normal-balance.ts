import type { AccountType } from "@closebook/db";

/**
 * Which side of the ledger an account type normally carries its balance on, and how a balance is
 * shown: positive on the account's normal side. Stored balances are debits minus credits, so a
 * credit-normal account (liability, equity, revenue) in credit has a negative stored balance and
 * shows it positive; a debit-normal one (asset, expense) shows its stored balance as it is.
 */
export const creditNormalTypes = ["liability", "equity", "revenue"] as const satisfies readonly AccountType[];

export type NormalSide = "debit" | "credit";

export function normalSideOf(type: AccountType): NormalSide {
  return (creditNormalTypes as readonly AccountType[]).includes(type) ? "credit" : "debit";
}

/** The stored balance (debits minus credits) as shown: positive when on the account's normal side. */
export function displayBalanceMinor(type: AccountType, balanceMinor: bigint): bigint {
  return normalSideOf(type) === "credit" ? -balanceMinor : balanceMinor;
}

/** The sign convention, stated once on each page that shows balances. */
export const normalBalanceNote =
  "Balances show positive on each account's normal side: in debit for assets and expenses, in credit for liabilities, equity and revenue. A negative balance is on the other side.";
