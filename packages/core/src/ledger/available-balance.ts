import type { AccountRecord, Repositories } from "@closebook/db";
import { formatMinor } from "../money";
import { committedMovementStatuses } from "../policies/movement-statuses";
import type { Warning } from "../shared/outcome";

export interface FundsCheck {
  /** Balance less movements already requested or approved from the account. */
  availableMinor: bigint;
  afterMinor: bigint;
  /** How far the movement takes the account below its minimum (zero when none is set); 0n when it does not. */
  shortfallMinor: bigint;
  /** Set when the movement takes the account below its minimum (zero when none is set). */
  shortfall: Warning | null;
  /** Whether the account is set to refuse such movements rather than warn. */
  blocks: boolean;
}

/** What the funds rule needs to know of the account the money leaves. */
export type FundsAccount = Pick<AccountRecord, "name" | "currency" | "minimumBalanceMinor" | "minimumBalancePolicy">;

/**
 * The funds rule, without the database: whether taking `amountMinor` out of an account with
 * `availableMinor` available keeps it at or above its minimum balance (zero when none is set).
 * The use cases apply it inside their transaction; the web applies it to the available balance it
 * read, so a person sees the same warning before submitting.
 */
export function assessFunds(account: FundsAccount, availableMinor: bigint, amountMinor: bigint): FundsCheck {
  const afterMinor = availableMinor - amountMinor;
  const minimum = account.minimumBalanceMinor ?? 0n;
  const shortfallMinor = afterMinor < minimum ? minimum - afterMinor : 0n;
  const shortfall: Warning | null =
    shortfallMinor > 0n
      ? {
          code: account.minimumBalanceMinor === null ? "INSUFFICIENT_AVAILABLE_BALANCE" : "BELOW_MINIMUM_BALANCE",
          message:
            account.minimumBalanceMinor === null
              ? `${account.name} has only ${formatMinor(availableMinor, account.currency)} available for ${formatMinor(amountMinor, account.currency)}.`
              : `${account.name} falls below its minimum balance of ${formatMinor(minimum, account.currency)}: ${formatMinor(afterMinor, account.currency)} available after this movement.`,
        }
      : null;
  return { availableMinor, afterMinor, shortfallMinor, shortfall, blocks: account.minimumBalancePolicy === "block" };
}

/** The account's balance less the movements awaiting approval or posting from it. */
export async function availableBalanceOf(tx: Repositories, account: AccountRecord, excludeMovementId?: string): Promise<{ pendingMinor: bigint; availableMinor: bigint }> {
  const pendingMinor = await tx.movements.pendingOutgoing(account.id, committedMovementStatuses, excludeMovementId);
  return { pendingMinor, availableMinor: account.balanceMinor - pendingMinor };
}

/** Whether taking `amountMinor` out of the account keeps it above its minimum balance. */
export async function checkFunds(tx: Repositories, account: AccountRecord, amountMinor: bigint, excludeMovementId?: string): Promise<FundsCheck> {
  const { availableMinor } = await availableBalanceOf(tx, account, excludeMovementId);
  return assessFunds(account, availableMinor, amountMinor);
}
