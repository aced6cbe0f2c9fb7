import type { Metadata } from "next";
import Link from "next/link";
import { ChargesList } from "@/features/charges/charges-list";
import { PageHeader } from "@/components/layout/page-header";
import { area } from "@/lib/navigation";
import type { SearchParams } from "nuqs/server";
import { chargeListInput, loadChargeFilters } from "@/features/charges/charge-filters";
import { counterpartyOptionsInput, nextCursor } from "@/lib/query-inputs";
import { allowedActions, requireMe } from "@/server/session";
import { HydrateClient, prefetch, prefetchInfinite } from "@/trpc/hydrate-client";
import { trpc } from "@/trpc/server-caller";

export const metadata: Metadata = { title: "Charges" };

export default async function ChargesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireMe();
  const allowed = await allowedActions();
  const filters = await loadChargeFilters(searchParams);
  await Promise.all([
    prefetchInfinite(trpc.charges.list.infiniteQueryOptions(chargeListInput(filters), { getNextPageParam: nextCursor })),
    prefetch(trpc.counterparties.list.queryOptions(counterpartyOptionsInput("customer"))),
    prefetch(trpc.accounts.list.queryOptions({})),
  ]);
  return (
    <>
      <PageHeader
        title="Charges"
        description={area("charges").purpose}
        actions={
          <Link href="/charges/customers" className="text-[13px] font-medium text-brand-600 hover:underline">
            Customers
          </Link>
        }
      />
      <HydrateClient>
        <ChargesList canCreate={allowed.createCharge} canIssue={allowed.issueCharge} />
      </HydrateClient>
    </>
  );
}
