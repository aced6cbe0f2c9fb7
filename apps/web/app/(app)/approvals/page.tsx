import type { Metadata } from "next";
import { ApprovalsInbox } from "@/features/approvals/approvals-inbox";
import { PageHeader } from "@/components/layout/page-header";
import { area } from "@/lib/navigation";
import { counterpartyOptionsInput } from "@/lib/query-inputs";
import { allowedActions, requireMe } from "@/server/session";
import { HydrateClient, prefetch } from "@/trpc/hydrate-client";
import { trpc } from "@/trpc/server-caller";

export const metadata: Metadata = { title: "Approvals" };

export default async function ApprovalsPage() {
  await requireMe();
  const allowed = await allowedActions();
  await Promise.all([
    prefetch(trpc.approvals.inbox.queryOptions()),
    prefetch(trpc.accounts.list.queryOptions({})),
    prefetch(trpc.counterparties.list.queryOptions(counterpartyOptionsInput("vendor"))),
  ]);
  return (
    <>
      <PageHeader title="Approvals" description={area("approvals").purpose} />
      <HydrateClient>
        <ApprovalsInbox canApprove={allowed.approveMovement} />
      </HydrateClient>
    </>
  );
}
