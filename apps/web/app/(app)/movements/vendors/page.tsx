import type { Metadata } from "next";
import { CounterpartyDirectory } from "../../../../src/components/counterparty-directory";
import { PageHeader } from "../../../../src/components/page-header";
import { listInput, nextCursor } from "../../../../src/lib/query-inputs";
import { requireMe } from "../../../../src/server/session";
import { HydrateClient, prefetchInfinite } from "../../../../src/trpc/hydrate-client";
import { trpc } from "../../../../src/trpc/server-caller";

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
