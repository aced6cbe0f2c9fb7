import { z } from "zod";
import { accountStatuses, accountTypes } from "../domain/enums";
import { accountListSchema } from "../dto/account-dto";
import { currencyCode, filterText } from "../fields";
import { defineQuery } from "../shared/define-use-case";

export const listAccountsInput = z.object({
  type: z.enum(accountTypes).optional(),
  status: z.enum(accountStatuses).optional(),
  currency: currencyCode.optional(),
  search: filterText({ max: 120 }),
});
export type ListAccountsInput = z.input<typeof listAccountsInput>;

/** The organization's chart of accounts, ordered by code. */
export const listAccounts = defineQuery({
  name: "list-accounts",
  permission: "accounts.read",
  input: listAccountsInput,
  output: accountListSchema,
  run: ({ db, actor }, input) => db.read.accounts.list({ organizationId: actor.organizationId, ...input }),
});
