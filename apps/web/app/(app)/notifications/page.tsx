import type { Metadata } from "next";
import { NotificationsList } from "../../../src/components/notifications-list";
import { PageHeader } from "../../../src/components/page-header";
import { area } from "../../../src/lib/navigation";
import { listInput, nextCursor } from "../../../src/lib/query-inputs";
import { requireMe } from "../../../src/server/session";
import { HydrateClient, prefetchInfinite } from "../../../src/trpc/hydrate-client";
import { trpc } from "../../../src/trpc/server-caller";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  await requireMe();
  await prefetchInfinite(trpc.notifications.list.infiniteQueryOptions(listInput({ unreadOnly: false }), { getNextPageParam: nextCursor }));
  return (
    <>
      <PageHeader title="Notifications" description={area("notifications").purpose} />
      <HydrateClient>
        <NotificationsList />
      </HydrateClient>
    </>
  );
}
