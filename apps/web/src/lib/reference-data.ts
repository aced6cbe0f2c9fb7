import type { RouterOutputs } from "@closebook/api";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/react-provider";
import { counterpartyOptionsInput } from "@/lib/query-inputs";

export type Account = RouterOutputs["accounts"]["list"][number];
export type Counterparty = RouterOutputs["counterparties"]["list"]["items"][number];

/** The whole chart of accounts (the same cache entry the chart-of-accounts page fills). */
export function useAccounts() {
  const trpc = useTRPC();
  return useQuery(trpc.accounts.list.queryOptions({}));
}

/** Customers or vendors for a select (the first 200 by name). */
export function useCounterparties(kind: "customer" | "vendor") {
  const trpc = useTRPC();
  return useQuery(trpc.counterparties.list.queryOptions(counterpartyOptionsInput(kind)));
}

/** "1010 Operating bank account". */
export function accountLabel(account: Pick<Account, "code" | "name">): string {
  return `${account.code} ${account.name}`;
}

/** Accounts by id, for naming the accounts a document refers to. */
export function accountsById(accounts: readonly Account[] | undefined): Map<string, Account> {
  return new Map((accounts ?? []).map((a) => [a.id, a]));
}
