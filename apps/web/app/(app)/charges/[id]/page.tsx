import type { Metadata } from "next";
import { ChargeDetail } from "@/features/charges/charge-detail";
import { requireMe } from "@/server/session";
import { fetchDetail } from "@/trpc/fetch-detail";
import { HydrateClient, prefetch } from "@/trpc/hydrate-client";
import { trpc } from "@/trpc/server-caller";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const detail = await fetchDetail(trpc.charges.byId.queryOptions({ chargeId: id }));
  return { title: detail?.charge.number ?? "Draft charge" };
}

export default async function ChargePage({ params }: { params: Promise<{ id: string }> }) {
  await requireMe();
  const { id } = await params;
  await Promise.all([fetchDetail(trpc.charges.byId.queryOptions({ chargeId: id })), prefetch(trpc.accounts.list.queryOptions({}))]);
  return (
    <HydrateClient>
      <ChargeDetail chargeId={id} />
    </HydrateClient>
  );
}
