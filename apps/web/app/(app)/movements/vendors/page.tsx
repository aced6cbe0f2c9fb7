import type { Metadata } from "next";
import { CounterpartyDirectory } from "@/features/counterparties/counterparty-directory";
import { PageHeader } from "@/components/layout/page-header";
import { listInput, nextCursor } from "@/lib/query-inputs";
import { requireMe } from "@/server/session";
import { HydrateClient, prefetchInfinite } from "@/trpc/hydrate-client";
import { trpc } from "@/trpc/server-caller";

export const metadata: Metadata = { title: "Vendors" };

export default async function VendorsPage() {
  const me = await requireMe();
  await prefetchInfinite(trpc.counterparties.list.infiniteQueryOptions(listInput({ kind: "vendor", search: "" }), { getNextPageParam: nextCursor }));
  return (
    <>
      <PageHeader eyebrow="Movements" title="Vendors" description="The vendors the organization pays. A vendor payment is made to one of them." />
      <HydrateClient>
        <CounterpartyDirectory kind="vendor" canCreate={me.permissions.includes("counterparties.create")} />
      </HydrateClient>
    </>
  );
}
