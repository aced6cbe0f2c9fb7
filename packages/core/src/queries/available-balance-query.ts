import { z } from "zod";
import { availableBalanceSchema, type AvailableBalance } from "../dto/account-dto";
import { failuresOf } from "../errors";
import { entityId } from "../fields";
import { availableBalanceOf } from "../ledger/available-balance";
import { defineQuery } from "../shared/define-use-case";

export const availableBalanceInput = z.object({ accountId: entityId("Choose an account.") });

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
