import type { Metadata } from "next";
import { MyInvitations } from "../../../src/components/my-invitations";
import { PageHeader } from "../../../src/components/page-header";
import { requireMe } from "../../../src/server/session";
import { HydrateClient, prefetch } from "../../../src/trpc/hydrate-client";
import { trpc } from "../../../src/trpc/server-caller";

export const metadata: Metadata = { title: "Invitations" };

export default async function InvitationsPage() {
  const me = await requireMe();
  await prefetch(trpc.invitations.mine.queryOptions());
  return (
    <>
      <PageHeader eyebrow="Organizations" title="Invitations" description={`Organizations that invited ${me.user.email}.`} />
      <HydrateClient>
        <MyInvitations />
      </HydrateClient>
    </>
  );
}
