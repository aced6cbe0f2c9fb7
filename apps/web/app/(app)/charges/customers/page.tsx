import type { Metadata } from "next";
import { CounterpartyDirectory } from "@/features/counterparties/counterparty-directory";
import { PageHeader } from "@/components/layout/page-header";
import { listInput, nextCursor } from "@/lib/query-inputs";
import { requireMe } from "@/server/session";
import { HydrateClient, prefetchInfinite } from "@/trpc/hydrate-client";
import { trpc } from "@/trpc/server-caller";

export const metadata: Metadata = { title: "Customers" };

export default async function CustomersPage() {
  const me = await requireMe();
  await prefetchInfinite(trpc.counterparties.list.infiniteQueryOptions(listInput({ kind: "customer", search: "" }), { getNextPageParam: nextCursor }));
  return (
    <>
      <PageHeader eyebrow="Charges" title="Customers" description="The customers the organization charges. Each charge is made out to one of them." />
      <HydrateClient>
        <CounterpartyDirectory kind="customer" canCreate={me.permissions.includes("counterparties.create")} />
      </HydrateClient>
    </>
  );
}
