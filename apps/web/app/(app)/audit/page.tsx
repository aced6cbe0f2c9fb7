import type { Metadata } from "next";
import { AuditLog } from "../../../src/components/audit-log";
import { PageHeader } from "../../../src/components/page-header";
import { area } from "../../../src/lib/navigation";
import { listInput, nextCursor } from "../../../src/lib/query-inputs";
import { requireMe } from "../../../src/server/session";
import { HydrateClient, prefetchInfinite } from "../../../src/trpc/hydrate-client";
import { trpc } from "../../../src/trpc/server-caller";

export const metadata: Metadata = { title: "Audit" };

export default async function AuditPage() {
  await requireMe();
  await prefetchInfinite(trpc.audit.list.infiniteQueryOptions(listInput({ entityType: "" }), { getNextPageParam: nextCursor }));
  return (
    <>
      <PageHeader title="Audit trail" description={area("audit").purpose} />
      <HydrateClient>
        <AuditLog />
      </HydrateClient>
    </>
  );
}
