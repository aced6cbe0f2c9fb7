import type { Metadata } from "next";
import { ApprovalsInbox } from "../../../src/components/approvals-inbox";
import { PageHeader } from "../../../src/components/page-header";
import { area } from "../../../src/lib/navigation";
import { counterpartyOptionsInput } from "../../../src/lib/query-inputs";
import { requireMe } from "../../../src/server/session";
import { HydrateClient, prefetch } from "../../../src/trpc/hydrate-client";
import { trpc } from "../../../src/trpc/server-caller";

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
