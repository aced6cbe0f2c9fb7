"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { cn } from "@/lib/cn";
import { unreadCountInput } from "@/lib/query-inputs";
import { useTRPC } from "@/trpc/react-provider";
import { Bell as BellIcon } from "lucide-react";

/** The header's bell: unread notifications, counted on the server for the first paint and refreshed every minute. */
export function NotificationBell({ initialUnread }: { initialUnread: number | null }) {
  const trpc = useTRPC();
  const unread = useQuery({
    ...trpc.notifications.list.queryOptions(unreadCountInput),
    select: (page) => page.unread,
    refetchInterval: 60_000,
  });
  const count = unread.data ?? initialUnread ?? 0;
  const label = count === 0 ? "Notifications, none unread" : `Notifications, ${count} unread`;
  return (
    <Link
      href="/notifications"
      aria-label={label}
      title={label}
      data-testid="notification-bell"
      className="relative grid size-8 place-items-center rounded-md text-zinc-500 transition-colors hover:bg-zinc-100 hover:text-zinc-900"
    >
      <BellIcon className="size-4" />
      {count > 0 ? (
        <span
          aria-hidden="true"
          className={cn("absolute -top-0.5 -right-0.5 grid h-4 min-w-4 place-items-center rounded-full bg-red-600 px-1 text-[10px] font-semibold text-white tabular-nums")}
        >
          {count > 99 ? "99+" : count}
        </span>
      ) : null}
    </Link>
  );
}
