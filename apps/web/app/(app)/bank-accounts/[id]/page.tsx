import type { Metadata } from "next";
import type { SearchParams } from "nuqs/server";
import { BankAccountDetail } from "@/features/bank-accounts/bank-account-detail";
import { loadStatementLineFilters, statementLinesInput } from "@/features/bank-accounts/statement-line-filters";
import { nextCursor } from "@/lib/query-inputs";
import { requireMe } from "@/server/session";
import { fetchDetail } from "@/trpc/fetch-detail";
import { HydrateClient, prefetchInfinite } from "@/trpc/hydrate-client";
import { trpc } from "@/trpc/server-caller";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const account = await fetchDetail(trpc.bankAccounts.get.queryOptions({ bankAccountId: id }));
  return { title: account ? `${account.ledgerCode} ${account.ledgerName}` : "Bank account" };
}

export default async function BankAccountPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  await requireMe();
  const { id } = await params;
  const filters = await loadStatementLineFilters(searchParams);
  await Promise.all([
    fetchDetail(trpc.bankAccounts.get.queryOptions({ bankAccountId: id })),
    prefetchInfinite(trpc.statements.lines.infiniteQueryOptions(statementLinesInput(id, filters), { getNextPageParam: nextCursor })),
  ]);
  return (
    <HydrateClient>
      <BankAccountDetail bankAccountId={id} />
    </HydrateClient>
  );
}
