import type { AccountType } from "@closebook/db";
import { z } from "zod";
import { accountStatuses, accountTypes, minimumBalancePolicies } from "../domain/enums";
import { accountSchema } from "../dto/account-dto";
import { failuresOf } from "../errors";
import { currencyCode, signedAmountMinor, text } from "../fields";
import { defineUseCase } from "../shared/define-use-case";
import { outcome, type Warning } from "../shared/outcome";
import { mutationFailures } from "../shared/run-mutation";
import { sideEffects } from "../shared/side-effects";

export const createAccountInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9.-]{0,19}$/, "Use 1 to 20 letters, digits, dots or dashes, starting with a letter or digit."),
  name: text({ min: 2, max: 120, message: "Give the account a name of at least 2 characters." }),
  type: z.enum(accountTypes, { message: "Choose asset, liability, equity, revenue or expense." }),
  currency: currencyCode,
  status: z.enum(accountStatuses).default("active"),
  /** Lowest balance the account should keep, in minor units; null for none. */
  minimumBalanceMinor: signedAmountMinor().nullable().default(null),
  /** Whether a movement that would go below the minimum is only warned about or refused. */
  minimumBalancePolicy: z.enum(minimumBalancePolicies).default("warn"),
  isBankAccount: z.boolean().default(false),
});
export type CreateAccountInput = z.input<typeof createAccountInput>;

export const createAccountFailures = failuresOf([...mutationFailures, "DUPLICATE_ACCOUNT_CODE"]);
const { fail } = createAccountFailures;

/** The usual leading digit of an account code for each type, in a numbered chart of accounts. */
const conventionalLeadingDigit: Record<AccountType, string[]> = {
  asset: ["1"],
  liability: ["2"],
  equity: ["3"],
  revenue: ["4"],
  expense: ["5", "6", "7", "8", "9"],
};

function warningsFor(input: z.output<typeof createAccountInput>): Warning[] {
  const warnings: Warning[] = [];
  const lead = input.code[0] ?? "";
  if (/\d/.test(lead) && !conventionalLeadingDigit[input.type].includes(lead)) {
    warnings.push({
      code: "UNCONVENTIONAL_CODE",
      message: `Code ${input.code} is outside the usual ${conventionalLeadingDigit[input.type].join("/")}xxx range for ${input.type} accounts.`,
    });
  }
  if (input.isBankAccount && input.type !== "asset") {
    warnings.push({ code: "BANK_ACCOUNT_NOT_ASSET", message: "Bank accounts are normally asset accounts." });
  }
  if (input.minimumBalanceMinor !== null && input.type !== "asset") {
    warnings.push({ code: "MINIMUM_BALANCE_ON_NON_ASSET", message: "Minimum balances are only enforced on asset accounts." });
  }
  return warnings;
}

/** Opens an account in the organization's chart of accounts. */
export const createAccount = defineUseCase({
  name: "create-account",
  permission: "accounts.create",
  input: createAccountInput,
  failures: createAccountFailures,
  state: accountSchema,
  async run({ tx, actor }, input) {
    const account = await tx.accounts.insertUnlessCodeTaken({ organizationId: actor.organizationId, ...input });
    if (!account) {
      return fail("DUPLICATE_ACCOUNT_CODE", `Account code ${input.code} is already used in this organization.`, { field: "code", code: input.code });
    }
    await sideEffects(tx, actor).audit("account.created", "ledger_account", account.id, null, account);
    return outcome(account, `Account ${account.code} ${account.name} is open.`, {
      triggered: ["recorded audit event account.created"],
      warnings: warningsFor(input),
    });
  },
});
