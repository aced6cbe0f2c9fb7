import { entityId } from "@closebook/core";
import type { Metadata } from "next";
import { MyInvitations } from "@/features/organizations/my-invitations";
import { PageHeader } from "@/components/layout/page-header";
import { requireMe } from "@/server/session";
import { HydrateClient, prefetch } from "@/trpc/hydrate-client";
import { trpc } from "@/trpc/server-caller";

export const metadata: Metadata = { title: "Invitations" };

export default async function InvitationsPage({ searchParams }: { searchParams: Promise<{ invitation?: string | string[] }> }) {
  const me = await requireMe();
  // The link in the invitation e-mail names its invitation: an account whose e-mail is not
  // verified sees only that one.
  const named = (await searchParams).invitation;
  const invitationId = typeof named === "string" && entityId().safeParse(named).success ? named : undefined;
  await prefetch(trpc.invitations.mine.queryOptions(invitationId ? { invitationId } : undefined));
  return (
    <>
      <PageHeader eyebrow="Organizations" title="Invitations" description={`Organizations that invited ${me.user.email}.`} />
      <HydrateClient>
        <MyInvitations invitationId={invitationId} />
      </HydrateClient>
    </>
  );
}
