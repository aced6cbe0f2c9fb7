import type { Metadata } from "next";
import Link from "next/link";
import { MovementsList } from "@/features/movements/movements-list";
import { PageHeader } from "@/components/layout/page-header";
import { area } from "@/lib/navigation";
import type { SearchParams } from "nuqs/server";
import { loadMovementFilters, movementListInput } from "@/features/movements/movement-filters";
import { counterpartyOptionsInput, nextCursor } from "@/lib/query-inputs";
import { allowedActions, requireMe } from "@/server/session";
import { HydrateClient, prefetch, prefetchInfinite } from "@/trpc/hydrate-client";
import { trpc } from "@/trpc/server-caller";

export const metadata: Metadata = { title: "Movements" };

export default async function MovementsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const me = await requireMe();
  const allowed = await allowedActions();
  const filters = await loadMovementFilters(searchParams);
  await Promise.all([
    prefetchInfinite(trpc.movements.list.infiniteQueryOptions(movementListInput(filters), { getNextPageParam: nextCursor })),
    prefetch(trpc.accounts.list.queryOptions({})),
    prefetch(trpc.counterparties.list.queryOptions(counterpartyOptionsInput("vendor"))),
    // The request form's accounts and defaults, for those who may request.
    allowed.requestMovement ? prefetch(trpc.movements.requestOptions.queryOptions({})) : Promise.resolve(),
  ]);
  return (
    <>
      <PageHeader
        title="Movements"
        description={area("movements").purpose}
        actions={
          <Link href="/movements/vendors" className="text-[13px] font-medium text-brand-600 hover:underline">
            Vendors
          </Link>
        }
      />
      <HydrateClient>
        <MovementsList canRequest={allowed.requestMovement} meUserId={me.user.id} />
      </HydrateClient>
    </>
  );
}
