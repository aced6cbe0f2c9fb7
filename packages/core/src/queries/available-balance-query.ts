import type { MinimumBalancePolicy } from "@closebook/db";
import { z } from "zod";
import { availableBalanceSchema } from "../dto/account-dto";
import { failuresOf } from "../errors";
import { entityId } from "../fields";
import { availableBalanceOf } from "../ledger/available-balance";
import { defineQuery } from "../shared/define-use-case";

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
export const getAvailableBalance = defineQuery({
  name: "get-available-balance",
  permission: "accounts.read",
  input: availableBalanceInput,
  output: availableBalanceSchema,
  async run({ db, actor }, input): Promise<AvailableBalance> {
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
  },
});
