import type { AccountRecord, Database } from "@closebook/db";
import { z } from "zod";
import { currencyCode, filterText, parseInput } from "../fields";
import { authorize } from "../policies/permissions";
import type { Actor } from "../shared/actor";
import { accountStatuses, accountTypes } from "../domain/enums";

export const listAccountsInput = z.object({
  type: z.enum(accountTypes).optional(),
  status: z.enum(accountStatuses).optional(),
  currency: currencyCode.optional(),
  search: filterText({ max: 120 }),
});
export type ListAccountsInput = z.input<typeof listAccountsInput>;

/** The organization's chart of accounts, ordered by code. */
export async function listAccounts(db: Database, actor: Actor, rawInput: ListAccountsInput = {}): Promise<AccountRecord[]> {
  authorize(actor, "accounts.read");
  const input = parseInput(listAccountsInput, rawInput);
  return db.read.accounts.list({ organizationId: actor.organizationId, ...input });
}
