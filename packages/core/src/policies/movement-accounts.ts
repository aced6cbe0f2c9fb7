import type { AccountRecord } from "@closebook/db";
import type { MovementKindValue } from "../domain/enums";
import type { Refusal } from "./refusal";

type AccountFacts = Pick<AccountRecord, "id" | "code" | "name" | "type" | "currency" | "status" | "isBankAccount">;

/** Whether money may leave the account in a movement: only a bank account. */
export function movementSourceRefusal(source: AccountFacts): Refusal<"ACCOUNT_NOT_USABLE"> | null {
  return source.isBankAccount ? null : { code: "ACCOUNT_NOT_USABLE", reason: `${source.code} ${source.name} is not a bank account.` };
}

/** Whether a movement of this kind may go to the account: a transfer to a bank account, a vendor payment against a payable or an expense. */
export function movementDestinationRefusal(kind: MovementKindValue, destination: AccountFacts): Refusal<"ACCOUNT_NOT_USABLE"> | null {
  if (kind === "transfer" && !destination.isBankAccount) return { code: "ACCOUNT_NOT_USABLE", reason: "A transfer goes to another of the organization's bank accounts." };
  if (kind === "vendor_payment" && !["liability", "expense"].includes(destination.type)) {
    return { code: "ACCOUNT_NOT_USABLE", reason: "A vendor payment is posted against a payable or an expense account." };
  }
  return null;
}

const byCode = (a: AccountFacts, b: AccountFacts) => a.code.localeCompare(b.code);

/** The accounts a movement may leave from: active bank accounts, by code. */
export function movementSources<A extends AccountFacts>(accounts: readonly A[]): A[] {
  return accounts.filter((a) => a.status === "active" && !movementSourceRefusal(a)).sort(byCode);
}

/** The accounts a movement of `kind` from `source` may go to: active, same currency, not the source, the kind's type; by code. */
export function movementDestinations<A extends AccountFacts>(accounts: readonly A[], kind: MovementKindValue, source: AccountFacts): A[] {
  return accounts.filter((a) => a.id !== source.id && a.status === "active" && a.currency === source.currency && !movementDestinationRefusal(kind, a)).sort(byCode);
}

/**
 * What a new request starts from: the first bank account (by code) of the base currency, or the
 * first bank account; per kind, a vendor payment against the first payable (liability) account,
 * a transfer to the first other bank account.
 */
export function defaultMovementSource<A extends AccountFacts>(sources: readonly A[], baseCurrency: string | null): A | null {
  return sources.find((a) => a.currency === baseCurrency) ?? sources[0] ?? null;
}

export function defaultMovementDestination<A extends AccountFacts>(destinations: readonly A[], kind: MovementKindValue): A | null {
  return (kind === "vendor_payment" ? destinations.find((a) => a.type === "liability") : undefined) ?? destinations[0] ?? null;
}


