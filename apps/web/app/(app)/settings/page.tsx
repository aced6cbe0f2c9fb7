import type { Metadata } from "next";
import { ApprovalPolicySettings } from "@/features/settings/approval-policy-settings";
import { PageHeader } from "@/components/layout/page-header";
import { area } from "@/lib/navigation";
import { requireMe } from "@/server/session";
import { HydrateClient, prefetch } from "@/trpc/hydrate-client";
import { trpc } from "@/trpc/server-caller";

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
