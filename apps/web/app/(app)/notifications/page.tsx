import type { Metadata } from "next";
import { NotificationsList } from "@/features/notifications/notifications-list";
import { PageHeader } from "@/components/layout/page-header";
import { area } from "@/lib/navigation";
import type { SearchParams } from "nuqs/server";
import { loadNotificationFilters, notificationListInput } from "@/features/notifications/notification-filters";
import { nextCursor } from "@/lib/query-inputs";
import { requireMe } from "@/server/session";
import { HydrateClient, prefetchInfinite } from "@/trpc/hydrate-client";
import { trpc } from "@/trpc/server-caller";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireMe();
  const filters = await loadNotificationFilters(searchParams);
  await prefetchInfinite(trpc.notifications.list.infiniteQueryOptions(notificationListInput(filters), { getNextPageParam: nextCursor }));
  return (
    <>
      <PageHeader title="Notifications" description={area("notifications").purpose} />
      <HydrateClient>
        <NotificationsList />
      </HydrateClient>
    </>
  );
}
