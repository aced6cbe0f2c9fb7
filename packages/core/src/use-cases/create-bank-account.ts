import { z } from "zod";
import { bankAccountSchema } from "../dto/bank-dto";
import { failuresOf } from "../errors";
import { currencyCode, entityId, optionalAccountNumber, optionalBic, optionalIban, optionalText, text } from "../fields";
import { defineUseCase } from "../shared/define-use-case";
import { outcome } from "../shared/outcome";
import { mutationFailures } from "../shared/run-mutation";
import { sideEffects } from "../shared/side-effects";
import { createAccountInput } from "./create-account";

/**
 * A bank account: the bank's details, and either an existing asset account of the bank's
 * currency (`accountId`) or a new one to open (`code`, `name`).
 */
export const createBankAccountInput = z
  .object({
    /** An existing asset account of the organization, in `currency`, to make the bank account. */
    accountId: entityId().optional(),
    /** The code of a new ledger account (when no `accountId`). */
    code: createAccountInput.shape.code.optional(),
    /** The name of the new ledger account; the bank's name when blank. */
    name: optionalText({ max: 120 }),
    currency: currencyCode,
    iban: optionalIban(),
    accountNumber: optionalAccountNumber(),
    bic: optionalBic(),
    bankName: text({ min: 2, max: 120, message: "Give the bank's name." }),
    /** The member who gets the bank account's tasks. */
    ownerUserId: optionalText({ max: 64 }),
  })
  .superRefine((input, ctx) => {
    if (!input.iban && !input.accountNumber) ctx.addIssue({ code: "custom", path: ["iban"], message: "Give the IBAN or the account number." });
    if (!input.accountId && !input.code) ctx.addIssue({ code: "custom", path: ["code"], message: "Give the code of a new ledger account, or choose an existing asset account." });
  });
export type CreateBankAccountInput = z.input<typeof createBankAccountInput>;

export const createBankAccountFailures = failuresOf([
  ...mutationFailures,
  "DUPLICATE_BANK_ACCOUNT",
  "DUPLICATE_ACCOUNT_CODE",
  "ACCOUNT_NOT_FOUND",
  "ACCOUNT_NOT_USABLE",
  "CURRENCY_MISMATCH",
  "MEMBER_NOT_FOUND",
]);
const { fail } = createBankAccountFailures;

/**
 * Opens a bank account: its ledger asset account (new, or an existing one of the bank's
 * currency) and the bank's details, in one transaction. An IBAN or account number the
 * organization already has is refused.
 */
export const createBankAccount = defineUseCase({
  name: "create-bank-account",
  permission: "bankAccounts.manage",
  input: createBankAccountInput,
  failures: createBankAccountFailures,
  state: bankAccountSchema,
  async run({ tx, actor }, input) {
    const effects = sideEffects(tx, actor);
    const triggered: string[] = [];
    const identifier = input.iban ?? input.accountNumber;
    if (await tx.bank.findBankAccountByIdentifier(actor.organizationId, { iban: input.iban, accountNumber: input.accountNumber })) {
      return fail("DUPLICATE_BANK_ACCOUNT", `This organization already has a bank account ${identifier}.`, { field: input.iban ? "iban" : "accountNumber" });
    }
    if (input.ownerUserId && !(await tx.memberships.roleOf(actor.organizationId, input.ownerUserId))) {
      return fail("MEMBER_NOT_FOUND", "The owner must be a member of this organization.", { field: "ownerUserId" });
    }
    let ledgerAccount;
    if (input.accountId) {
      ledgerAccount = await tx.accounts.findById(actor.organizationId, input.accountId);
      if (!ledgerAccount) return fail("ACCOUNT_NOT_FOUND", "No such account in this organization.", { field: "accountId" });
      if (ledgerAccount.type !== "asset") return fail("ACCOUNT_NOT_USABLE", `${ledgerAccount.code} ${ledgerAccount.name} is a ${ledgerAccount.type} account; a bank account is an asset.`, { field: "accountId" });
      if (ledgerAccount.status === "closed") return fail("ACCOUNT_NOT_USABLE", `${ledgerAccount.code} ${ledgerAccount.name} is closed.`, { field: "accountId" });
      if (ledgerAccount.currency !== input.currency) {
        return fail("CURRENCY_MISMATCH", `${ledgerAccount.code} ${ledgerAccount.name} is kept in ${ledgerAccount.currency}, the bank account in ${input.currency}.`, { field: "currency" });
      }
      if (await tx.bank.findBankAccountByLedgerAccount(ledgerAccount.id)) {
        return fail("DUPLICATE_BANK_ACCOUNT", `${ledgerAccount.code} ${ledgerAccount.name} already is a bank account.`, { field: "accountId" });
      }
      if (!ledgerAccount.isBankAccount) ledgerAccount = await tx.accounts.markBankAccount(ledgerAccount.id);
    } else {
      const code = input.code ?? "";
      ledgerAccount = await tx.accounts.insertUnlessCodeTaken({
        organizationId: actor.organizationId,
        code,
        name: input.name ?? input.bankName,
        type: "asset",
        currency: input.currency,
        status: "active",
        minimumBalanceMinor: null,
        minimumBalancePolicy: "warn",
        isBankAccount: true,
      });
      if (!ledgerAccount) return fail("DUPLICATE_ACCOUNT_CODE", `Account code ${code} is already used in this organization.`, { field: "code", code });
      await effects.audit("account.created", "ledger_account", ledgerAccount.id, null, ledgerAccount);
      triggered.push("recorded audit event account.created");
    }
    const bankAccount = await tx.bank.insertBankAccountUnlessTaken({
      organizationId: actor.organizationId,
      ledgerAccountId: ledgerAccount.id,
      iban: input.iban,
      accountNumber: input.accountNumber,
      bic: input.bic,
      bankName: input.bankName,
      ownerUserId: input.ownerUserId,
    });
    if (!bankAccount) return fail("DUPLICATE_BANK_ACCOUNT", `This organization already has a bank account ${identifier}.`, { field: input.iban ? "iban" : "accountNumber" });
    await effects.audit("bank_account.created", "bank_account", bankAccount.id, null, bankAccount);
    triggered.push("recorded audit event bank_account.created");
    return outcome(bankAccount, `Bank account ${identifier} at ${bankAccount.bankName} is open as ${ledgerAccount.code} ${ledgerAccount.name}.`, { triggered });
  },
});
