import type { Metadata } from "next";
import { ApprovalPolicySettings } from "@/features/settings/approval-policy-settings";
import { PageHeader } from "@/components/layout/page-header";
import { area } from "@/lib/navigation";
import { allowedActions, requireMe } from "@/server/session";
import { HydrateClient, prefetch } from "@/trpc/hydrate-client";
import { trpc } from "@/trpc/server-caller";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requireMe();
  const allowed = await allowedActions();
  await prefetch(trpc.settings.approvalPolicy.queryOptions());
  return (
    <>
      <PageHeader eyebrow="Settings" title="Approval policy" description={area("settings").purpose} />
      <HydrateClient>
        <ApprovalPolicySettings canEdit={allowed.updateApprovalPolicy} />
      </HydrateClient>
    </>
  );
}
