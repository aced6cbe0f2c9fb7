import type { Metadata } from "next";
import Link from "next/link";
import { ChargesList } from "@/features/charges/charges-list";
import { PageHeader } from "@/components/layout/page-header";
import { area } from "@/lib/navigation";
import { counterpartyOptionsInput, listInput, nextCursor } from "@/lib/query-inputs";
import { requireMe } from "@/server/session";
import { HydrateClient, prefetch, prefetchInfinite } from "@/trpc/hydrate-client";
import { trpc } from "@/trpc/server-caller";

export const metadata: Metadata = { title: "Charges" };

export default async function ChargesPage() {
  const me = await requireMe();
  await Promise.all([
    prefetchInfinite(trpc.charges.list.infiniteQueryOptions(listInput({}), { getNextPageParam: nextCursor })),
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
        <ChargesList canCreate={me.permissions.includes("charges.create")} canIssue={me.permissions.includes("charges.issue")} />
      </HydrateClient>
    </>
  );
}
