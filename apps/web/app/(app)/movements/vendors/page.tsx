import type { Metadata } from "next";
import { CounterpartyDirectory } from "@/features/counterparties/counterparty-directory";
import { PageHeader } from "@/components/layout/page-header";
import type { SearchParams } from "nuqs/server";
import { counterpartyListInput, loadCounterpartyFilters } from "@/features/counterparties/counterparty-filters";
import { nextCursor } from "@/lib/query-inputs";
import { allowedActions, requireMe } from "@/server/session";
import { HydrateClient, prefetchInfinite } from "@/trpc/hydrate-client";
import { trpc } from "@/trpc/server-caller";

export const metadata: Metadata = { title: "Vendors" };

export default async function VendorsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireMe();
  const allowed = await allowedActions();
  const filters = await loadCounterpartyFilters(searchParams);
  await prefetchInfinite(trpc.counterparties.list.infiniteQueryOptions(counterpartyListInput("vendor", filters), { getNextPageParam: nextCursor }));
  return (
    <>
      <PageHeader eyebrow="Movements" title="Vendors" description="The vendors the organization pays. A vendor payment is made to one of them." />
      <HydrateClient>
        <CounterpartyDirectory kind="vendor" canCreate={allowed.createCounterparty} />
      </HydrateClient>
    </>
  );
}
