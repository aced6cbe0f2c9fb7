import type { Metadata } from "next";
import { AuditLog } from "@/features/audit/audit-log";
import { PageHeader } from "@/components/layout/page-header";
import { area } from "@/lib/navigation";
import type { SearchParams } from "nuqs/server";
import { auditListInput, loadAuditFilters } from "@/features/audit/audit-filters";
import { nextCursor } from "@/lib/query-inputs";
import { requireMe } from "@/server/session";
import { HydrateClient, prefetchInfinite } from "@/trpc/hydrate-client";
import { trpc } from "@/trpc/server-caller";

export const metadata: Metadata = { title: "Audit" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireMe();
  const filters = await loadAuditFilters(searchParams);
  await prefetchInfinite(trpc.audit.list.infiniteQueryOptions(auditListInput(filters), { getNextPageParam: nextCursor }));
  return (
    <>
      <PageHeader title="Audit trail" description={area("audit").purpose} />
      <HydrateClient>
        <AuditLog />
      </HydrateClient>
    </>
  );
}
