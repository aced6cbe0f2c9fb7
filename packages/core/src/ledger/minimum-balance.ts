import type { AccountRecord } from "@closebook/db";
import { formatMinor } from "../money";
import type { Warning } from "../shared/outcome";

/** What the minimum-balance rule needs of an account: its stored balance and the minimum set on it. */
export type MinimumBalanceAccount = Pick<AccountRecord, "name" | "currency" | "balanceMinor" | "minimumBalanceMinor">;

/**
 * How far a balance is below the account's minimum (null when no minimum is set or the balance
 * meets it). Balances and minimums are stored amounts (debits minus credits), as the minimum is
 * set on asset accounts. The posting of an entry and the dashboard judge with this one rule.
 */
export function minimumBalanceShortfall(minimumBalanceMinor: bigint | null, balanceMinor: bigint): bigint | null {
  if (minimumBalanceMinor === null || balanceMinor >= minimumBalanceMinor) return null;
  return minimumBalanceMinor - balanceMinor;
}

/** The warning for an account whose balance is below its minimum now (null when it is not). */
export function belowMinimumWarning(account: MinimumBalanceAccount): { shortfallMinor: bigint; warning: Warning } | null {
  const shortfallMinor = minimumBalanceShortfall(account.minimumBalanceMinor, account.balanceMinor);
  if (shortfallMinor === null || account.minimumBalanceMinor === null) return null;
  return {
    shortfallMinor,
    warning: {
      code: "BELOW_MINIMUM_BALANCE",
      message: `${account.name} is ${formatMinor(shortfallMinor, account.currency)} below its minimum balance of ${formatMinor(account.minimumBalanceMinor, account.currency)}.`,
    },
  };
}
