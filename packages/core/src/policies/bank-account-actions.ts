import type { BankAccountActions } from "../dto/bank-dto";
import type { Actor } from "../shared/actor";
import { permissionRefusal, verdict } from "./refusal";

/** What the actor may do with a bank account: the permissions its use cases check. */
export function bankAccountActions(actor: Actor): BankAccountActions {
  return {
    update: verdict(permissionRefusal(actor.role, "bankAccounts.manage")),
    importStatement: verdict(permissionRefusal(actor.role, "statements.import")),
  };
}
