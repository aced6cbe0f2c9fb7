import type { Metadata } from "next";
import { AccountLedger } from "@/features/accounts/account-ledger";
import { accountLedgerInput } from "@/lib/query-inputs";
import { requireMe } from "@/server/session";
import { fetchDetail } from "@/trpc/fetch-detail";
import { HydrateClient } from "@/trpc/hydrate-client";
import { trpc } from "@/trpc/server-caller";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const ledger = await fetchDetail(trpc.ledger.accountLedger.queryOptions(accountLedgerInput(id)));
  return { title: ledger ? `${ledger.account.code} ${ledger.account.name}` : "Account" };
}

export default async function AccountLedgerPage({ params }: { params: Promise<{ id: string }> }) {
  await requireMe();
  const { id } = await params;
  await fetchDetail(trpc.ledger.accountLedger.queryOptions(accountLedgerInput(id)));
  return (
    <HydrateClient>
      <AccountLedger accountId={id} />
    </HydrateClient>
  );
}
