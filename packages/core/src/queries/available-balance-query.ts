import type { Database, MinimumBalancePolicy } from "@closebook/db";
import { z } from "zod";
import { entityId, parseInput } from "../fields";
import { failuresOf } from "../errors";
import { availableBalanceOf } from "../ledger/available-balance";
import { authorize } from "../policies/permissions";
import type { Actor } from "../shared/actor";

export const availableBalanceInput = z.object({ accountId: entityId("Choose an account.") });

export interface AvailableBalance {
  accountId: string;
  code: string;
  name: string;
  currency: string;
  /** Posted debits minus credits. */
  balanceMinor: bigint;
  /** Movements from the account requested or approved, not yet posted. */
  pendingMinor: bigint;
  /** Balance less pending movements: what a new movement can take before it overdraws. */
  availableMinor: bigint;
  minimumBalanceMinor: bigint | null;
  minimumBalancePolicy: MinimumBalancePolicy;
}

const { fail } = failuresOf(["ACCOUNT_NOT_FOUND"]);

/** An account's available balance (balance less movements awaiting approval), as the funds rule sees it. */
export async function getAvailableBalance(db: Database, actor: Actor, raw: z.input<typeof availableBalanceInput>): Promise<AvailableBalance> {
  authorize(actor, "accounts.read");
  const input = parseInput(availableBalanceInput, raw);
  const account = await db.read.accounts.findById(actor.organizationId, input.accountId);
  if (!account) return fail("ACCOUNT_NOT_FOUND", "No such account in this organization.");
  const { pendingMinor, availableMinor } = await availableBalanceOf(db.read, account);
  return {
    accountId: account.id,
    code: account.code,
    name: account.name,
    currency: account.currency,
    balanceMinor: account.balanceMinor,
    pendingMinor,
    availableMinor,
    minimumBalanceMinor: account.minimumBalanceMinor,
    minimumBalancePolicy: account.minimumBalancePolicy,
  };
}
