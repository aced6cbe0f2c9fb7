import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { accountListInput, loadAccountFilters } from "@/features/accounts/account-filters";
import { ChartOfAccounts } from "@/features/accounts/chart-of-accounts";
import { PageHeader } from "@/components/layout/page-header";
import { roleLabel } from "@/lib/roles";
import { getActions, requireMe } from "@/server/session";
import { HydrateClient, prefetch } from "@/trpc/hydrate-client";
import { trpc } from "@/trpc/server-caller";

export const metadata: Metadata = { title: "Chart of accounts" };

export default async function ChartOfAccountsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const me = await requireMe();
  const create = (await getActions())?.createAccount;
  const filters = await loadAccountFilters(searchParams);
  await prefetch(trpc.accounts.list.queryOptions(accountListInput(filters)));
  return (
    <>
      <PageHeader
        eyebrow="Ledger"
        title="Chart of accounts"
        description="Every account the organization posts to, ordered by code. Minimum balances apply to asset accounts."
      />
      <HydrateClient>
        <ChartOfAccounts
          canCreate={create?.allowed === true}
          readOnlyNote={`As ${me.role ? `a ${roleLabel(me.role).toLowerCase()}` : "a member without a role"} you can view the chart of accounts. ${create && !create.allowed ? create.reason : "Opening accounts needs an organization."}`}
        />
      </HydrateClient>
    </>
  );
}
