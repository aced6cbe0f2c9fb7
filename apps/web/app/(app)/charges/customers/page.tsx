import type { Metadata } from "next";
import { CounterpartyDirectory } from "@/features/counterparties/counterparty-directory";
import { PageHeader } from "@/components/layout/page-header";
import type { SearchParams } from "nuqs/server";
import { counterpartyListInput, loadCounterpartyFilters } from "@/features/counterparties/counterparty-filters";
import { nextCursor } from "@/lib/query-inputs";
import { allowedActions, requireMe } from "@/server/session";
import { HydrateClient, prefetchInfinite } from "@/trpc/hydrate-client";
import { trpc } from "@/trpc/server-caller";

export const metadata: Metadata = { title: "Customers" };

export default async function CustomersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireMe();
  const allowed = await allowedActions();
  const filters = await loadCounterpartyFilters(searchParams);
  await prefetchInfinite(trpc.counterparties.list.infiniteQueryOptions(counterpartyListInput("customer", filters), { getNextPageParam: nextCursor }));
  return (
    <>
      <PageHeader eyebrow="Charges" title="Customers" description="The customers the organization charges. Each charge is made out to one of them." />
      <HydrateClient>
        <CounterpartyDirectory kind="customer" canCreate={allowed.createCounterparty} />
      </HydrateClient>
    </>
  );
}
