import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { BankAccountsList } from "@/features/bank-accounts/bank-accounts-list";
import { area } from "@/lib/navigation";
import { getActions, requireMe } from "@/server/session";
import { HydrateClient, prefetch } from "@/trpc/hydrate-client";
import { trpc } from "@/trpc/server-caller";

export const metadata: Metadata = { title: "Bank accounts" };

export default async function BankAccountsPage() {
  await requireMe();
  const actions = await getActions();
  await Promise.all([prefetch(trpc.bankAccounts.list.queryOptions({})), prefetch(trpc.accounts.list.queryOptions({}))]);
  return (
    <>
      <PageHeader title="Bank accounts" description={area("bankAccounts").purpose} />
      <HydrateClient>
        <BankAccountsList create={actions?.createBankAccount ?? { allowed: false, code: "NOT_PERMITTED", reason: "Opening bank accounts needs an organization." }} />
      </HydrateClient>
    </>
  );
}
