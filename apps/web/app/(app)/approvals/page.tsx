import type { Metadata } from "next";
import { ApprovalsInbox } from "@/features/approvals/approvals-inbox";
import { PageHeader } from "@/components/layout/page-header";
import { area } from "@/lib/navigation";
import { counterpartyOptionsInput } from "@/lib/query-inputs";
import { requireMe } from "@/server/session";
import { HydrateClient, prefetch } from "@/trpc/hydrate-client";
import { trpc } from "@/trpc/server-caller";

export const metadata: Metadata = { title: "Approvals" };

export default async function ApprovalsPage() {
  const me = await requireMe();
  await Promise.all([
    prefetch(trpc.approvals.inbox.queryOptions()),
    prefetch(trpc.accounts.list.queryOptions({})),
    prefetch(trpc.counterparties.list.queryOptions(counterpartyOptionsInput("vendor"))),
  ]);
  return (
    <>
      <PageHeader title="Approvals" description={area("approvals").purpose} />
      <HydrateClient>
        <ApprovalsInbox canApprove={me.permissions.includes("movements.approve")} />
      </HydrateClient>
    </>
  );
}
