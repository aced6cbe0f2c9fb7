import type { Metadata } from "next";
import { MovementDetail } from "@/features/movements/movement-detail";
import { counterpartyOptionsInput } from "@/lib/query-inputs";
import { requireMe } from "@/server/session";
import { fetchDetail } from "@/trpc/fetch-detail";
import { HydrateClient, prefetch } from "@/trpc/hydrate-client";
import { trpc } from "@/trpc/server-caller";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const detail = await fetchDetail(trpc.movements.byId.queryOptions({ movementId: id }));
  return { title: detail?.movement.number ?? "Movement" };
}

export default async function MovementPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requireMe();
  const { id } = await params;
  await Promise.all([
    fetchDetail(trpc.movements.byId.queryOptions({ movementId: id })),
    prefetch(trpc.accounts.list.queryOptions({})),
    prefetch(trpc.counterparties.list.queryOptions(counterpartyOptionsInput("vendor"))),
  ]);
  return (
    <HydrateClient>
      {/* Keyed by the movement: a revision opened from this page starts with its own state. */}
      <MovementDetail
        key={id}
        movementId={id}
        viewer={{ userId: me.user.id }}
      />
    </HydrateClient>
  );
}
