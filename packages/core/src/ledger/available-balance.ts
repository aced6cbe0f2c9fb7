import type { AccountRecord, Repositories } from "@closebook/db";
import { formatMinor } from "../money";
import type { Warning } from "../shared/outcome";

export interface FundsCheck {
  /** Balance less movements already requested or approved from the account. */
  availableMinor: bigint;
  afterMinor: bigint;
  /** Set when the movement takes the account below its minimum (zero when none is set). */
  shortfall: Warning | null;
  /** Whether the account is set to refuse such movements rather than warn. */
  blocks: boolean;
}

/** Whether taking `amountMinor` out of the account keeps it above its minimum balance. */
export async function checkFunds(tx: Repositories, account: AccountRecord, amountMinor: bigint, excludeMovementId?: string): Promise<FundsCheck> {
  const pending = await tx.movements.pendingOutgoing(account.id, excludeMovementId);
  const availableMinor = account.balanceMinor - pending;
  const afterMinor = availableMinor - amountMinor;
  const minimum = account.minimumBalanceMinor ?? 0n;
  const shortfall: Warning | null =
    afterMinor < minimum
      ? {
          code: account.minimumBalanceMinor === null ? "INSUFFICIENT_AVAILABLE_BALANCE" : "BELOW_MINIMUM_BALANCE",
          message:
            account.minimumBalanceMinor === null
              ? `${account.name} has only ${formatMinor(availableMinor, account.currency)} available for ${formatMinor(amountMinor, account.currency)}.`
              : `${account.name} falls below its minimum balance of ${formatMinor(minimum, account.currency)}: ${formatMinor(afterMinor, account.currency)} available after this movement.`,
        }
      : null;
  return { availableMinor, afterMinor, shortfall, blocks: account.minimumBalancePolicy === "block" };
}
