import type { Metadata } from "next";
import { CounterpartyDetail } from "@/features/counterparties/counterparty-detail";
import { requireMe } from "@/server/session";
import { fetchDetail } from "@/trpc/fetch-detail";
import { HydrateClient, prefetch } from "@/trpc/hydrate-client";
import { trpc } from "@/trpc/server-caller";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const detail = await fetchDetail(trpc.counterparties.byId.queryOptions({ counterpartyId: id }));
  return { title: detail?.counterparty.name ?? "Customer or vendor" };
}

/** A customer's or vendor's page. */
export default async function CounterpartyPage({ params }: { params: Promise<{ id: string }> }) {
  await requireMe();
  const { id } = await params;
  await Promise.all([fetchDetail(trpc.counterparties.byId.queryOptions({ counterpartyId: id })), prefetch(trpc.accounts.list.queryOptions({}))]);
  return (
    <HydrateClient>
      <CounterpartyDetail counterpartyId={id} />
    </HydrateClient>
  );
}
