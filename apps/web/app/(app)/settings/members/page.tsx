import type { Metadata } from "next";
import { MembersSettings } from "@/features/settings/members-settings";
import { PageHeader } from "@/components/layout/page-header";
import { requireMe } from "@/server/session";
import { HydrateClient, prefetch } from "@/trpc/hydrate-client";
import { trpc } from "@/trpc/server-caller";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage() {
  const me = await requireMe();
  if (me.activeOrganization) await prefetch(trpc.members.list.queryOptions());
  return (
    <>
      <PageHeader eyebrow="Settings" title="Members" description={`Who works in ${me.activeOrganization?.organizationName ?? "this organization"}, with which role, and who is invited.`} />
      <HydrateClient>
        <MembersSettings />
      </HydrateClient>
    </>
  );
}
