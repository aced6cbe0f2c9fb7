import type { AccountRecord, AccountType, Database } from "@closebook/db";
import { accountStatuses, accountTypes, minimumBalancePolicies } from "../domain/enums";
import { z } from "zod";
import { currencyCode, signedAmountMinor, text, parseInput } from "../fields";
import { failuresOf } from "../errors";
import type { Actor } from "../shared/actor";
import { outcome, type Outcome, type Warning } from "../shared/outcome";
import { mutationFailures, runMutation } from "../shared/run-mutation";


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
export async function createAccount(
  db: Database,
  actor: Actor,
  rawInput: CreateAccountInput,
  options: { idempotencyKey?: string | undefined } = {},
): Promise<Outcome<AccountRecord>> {
  const input = parseInput(createAccountInput, rawInput);
  return runMutation(db, actor, { operation: "create-account", permission: "accounts.create", failures: createAccountFailures, input, idempotencyKey: options.idempotencyKey }, async (tx) => {
    const account = await tx.accounts.insertUnlessCodeTaken({ organizationId: actor.organizationId, ...input });
    if (!account) {
      return fail("DUPLICATE_ACCOUNT_CODE", `Account code ${input.code} is already used in this organization.`, { field: "code", code: input.code });
    }
    await tx.audit.record({
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: "account.created",
      entityType: "ledger_account",
      entityId: account.id,
      before: null,
      after: account,
      requestId: actor.requestId,
    });
    return outcome(account, `Account ${account.code} ${account.name} is open.`, {
      triggered: ["recorded audit event account.created"],
      warnings: warningsFor(input),
    });
  });
}
