import type { Metadata } from "next";
import { ApprovalPolicySettings } from "../../../src/components/approval-policy-settings";
import { PageHeader } from "../../../src/components/page-header";
import { area } from "../../../src/lib/navigation";
import { requireMe } from "../../../src/server/session";
import { HydrateClient, prefetch } from "../../../src/trpc/hydrate-client";
import { trpc } from "../../../src/trpc/server-caller";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const me = await requireMe();
  await prefetch(trpc.settings.approvalPolicy.queryOptions());
  return (
    <>
      <PageHeader eyebrow="Settings" title="Approval policy" description={area("settings").purpose} />
      <HydrateClient>
        <ApprovalPolicySettings canEdit={me.permissions.includes("approvalPolicy.update")} />
      </HydrateClient>
    </>
  );
}
