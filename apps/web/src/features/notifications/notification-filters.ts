import { createLoader, parseAsBoolean } from "nuqs/server";
import { listViewParsers, type FilterValues } from "@/lib/list-params";
import { listInput } from "@/lib/query-inputs";
import { useListParams } from "@/lib/use-list-params";

/** The notifications list's filter in the URL: `/notifications?unreadOnly=true`. */
export const notificationFilterParsers = { unreadOnly: parseAsBoolean };

export type NotificationFilters = FilterValues<typeof notificationFilterParsers>;

export const loadNotificationFilters = createLoader({ ...notificationFilterParsers, ...listViewParsers });

/** Always sends `unreadOnly` (false too), as the page has always prefetched it. */
export function notificationListInput(filters: NotificationFilters) {
  return { ...listInput({}), unreadOnly: filters.unreadOnly ?? false };
}

export function useNotificationFilters() {
  return useListParams(notificationFilterParsers);
}
