import { z } from "zod";
import { bankAccountSchema } from "../dto/bank-dto";
import { failuresOf } from "../errors";
import { entityId, optionalAccountNumber, optionalBic, optionalIban, optionalText, text } from "../fields";
import { defineUseCase } from "../shared/define-use-case";
import { outcome } from "../shared/outcome";
import { mutationFailures } from "../shared/run-mutation";
import { sideEffects } from "../shared/side-effects";

/** A bank account's details as they should be (its ledger account stays). */
export const updateBankAccountInput = z
  .object({
    bankAccountId: entityId(),
    iban: optionalIban(),
    accountNumber: optionalAccountNumber(),
    bic: optionalBic(),
    bankName: text({ min: 2, max: 120, message: "Give the bank's name." }),
    ownerUserId: optionalText({ max: 64 }),
  })
  .superRefine((input, ctx) => {
    if (!input.iban && !input.accountNumber) ctx.addIssue({ code: "custom", path: ["iban"], message: "Give the IBAN or the account number." });
  });
export type UpdateBankAccountInput = z.input<typeof updateBankAccountInput>;

export const updateBankAccountFailures = failuresOf([...mutationFailures, "BANK_ACCOUNT_NOT_FOUND", "DUPLICATE_BANK_ACCOUNT", "MEMBER_NOT_FOUND"]);
const { fail } = updateBankAccountFailures;

const editable = ["iban", "accountNumber", "bic", "bankName", "ownerUserId"] as const;

/** Changes a bank account's IBAN or number, BIC, bank name or owner; another account's IBAN is refused. */
export const updateBankAccount = defineUseCase({
  name: "update-bank-account",
  permission: "bankAccounts.manage",
  input: updateBankAccountInput,
  failures: updateBankAccountFailures,
  state: bankAccountSchema,
  async run({ tx, actor }, { bankAccountId, ...changes }) {
    const account = await tx.bank.lockBankAccount(actor.organizationId, bankAccountId);
    if (!account) return fail("BANK_ACCOUNT_NOT_FOUND", "No such bank account in this organization.", { field: "bankAccountId" });
    const changed = editable.filter((field) => changes[field] !== account[field]);
    if (changed.length === 0) return outcome(account, "Nothing to change: the bank account already has these details.");
    if (await tx.bank.findBankAccountByIdentifier(actor.organizationId, { iban: changes.iban, accountNumber: changes.accountNumber }, account.id)) {
      return fail("DUPLICATE_BANK_ACCOUNT", `This organization already has a bank account ${changes.iban ?? changes.accountNumber}.`, { field: changes.iban ? "iban" : "accountNumber" });
    }
    if (changes.ownerUserId && !(await tx.memberships.roleOf(actor.organizationId, changes.ownerUserId))) {
      return fail("MEMBER_NOT_FOUND", "The owner must be a member of this organization.", { field: "ownerUserId" });
    }
    const updated = await tx.bank.updateBankAccount(account.id, changes);
    await sideEffects(tx, actor).audit("bank_account.updated", "bank_account", account.id, account, updated);
    return outcome(updated, `Bank account ${updated.iban ?? updated.accountNumber} saved (${changed.join(", ")} changed).`, {
      triggered: ["recorded audit event bank_account.updated"],
    });
  },
});
