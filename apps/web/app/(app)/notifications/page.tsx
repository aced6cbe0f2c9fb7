import type { Metadata } from "next";
import { NotificationsList } from "@/features/notifications/notifications-list";
import { PageHeader } from "@/components/layout/page-header";
import { area } from "@/lib/navigation";
import { listInput, nextCursor } from "@/lib/query-inputs";
import { requireMe } from "@/server/session";
import { HydrateClient, prefetchInfinite } from "@/trpc/hydrate-client";
import { trpc } from "@/trpc/server-caller";

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
