"use client";

import type { RouterOutputs } from "@closebook/api";
import { keepPreviousData, useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { failureReport, successResult, type ActionResult } from "@/lib/action-result";
import { cn } from "@/lib/cn";
import { formatTimestamp } from "@/lib/format";
import { listInput, nextCursor } from "@/lib/query-inputs";
import { useHydrated } from "@/lib/use-hydrated";
import { useTRPC } from "@/trpc/react-provider";
import { ActionOutcome } from "@/components/action-outcome";
import { LoadMore } from "@/components/load-more";
import { QueryStatus } from "@/components/query-status";
import { Button } from "@/components/ui/button";
import { FilterBar } from "@/components/ui/filter-bar";
import { Checkbox } from "@/components/ui/form-controls";
import { EmptyMessage } from "@/components/ui/panel";

type Notification = RouterOutputs["notifications"]["list"]["items"][number];

/** The signed-in person's notifications, newest first: open the document, mark one or all read. */
export function NotificationsList() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const hydrated = useHydrated();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [result, setResult] = useState<ActionResult | null>(null);
  const list = useInfiniteQuery({
    ...trpc.notifications.list.infiniteQueryOptions(listInput({ unreadOnly }), { getNextPageParam: nextCursor }),
    placeholderData: keepPreviousData,
  });
  const rows = list.data?.pages.flatMap((page) => page.items) ?? [];
  const unread = list.data?.pages[0]?.unread ?? 0;
  const markRead = useMutation(
    trpc.notifications.markRead.mutationOptions({
      onSuccess: async (outcome) => {
        setResult(successResult(outcome));
        await queryClient.invalidateQueries(trpc.notifications.pathFilter());
        await queryClient.invalidateQueries(trpc.dashboard.pathFilter());
      },
      onError: (error) => setResult(failureReport(error, { title: "Nothing was marked read", unreachable: "Could not reach Closebook. Try again." }).result),
    }),
  );

  // Marking read on the way to the document: quiet, the page is being left.
  const openedRead = useMutation(
    trpc.notifications.markRead.mutationOptions({
      onSettled: () => queryClient.invalidateQueries(trpc.notifications.pathFilter()),
    }),
  );

  return (
    <div className="flex max-w-4xl flex-col gap-4 p-6">
      {result ? (
        <div className="flex flex-col gap-2">
          <ActionOutcome result={result} />
        </div>
      ) : null}
      <section aria-label="Notifications" className="overflow-clip rounded-lg border border-zinc-200 bg-white shadow-xs">
        <FilterBar
          summary={list.data ? `${unread} unread` : undefined}
          actions={
            <Button disabled={!hydrated || markRead.isPending || unread === 0} onClick={() => markRead.mutate({ ids: "all" })}>
              Mark all read
            </Button>
          }
        >
          <Checkbox label="Unread only" className="mb-1.5" checked={unreadOnly} onChange={(e) => setUnreadOnly(e.target.checked)} />
        </FilterBar>
        <QueryStatus error={list.error} loading={!list.data} what="notifications" />
        {list.data ? (
          rows.length ? (
            <>
              <ul className="divide-y divide-zinc-100">
                {rows.map((n) => (
                  <NotificationItem
                    key={n.id}
                    notification={n}
                    pending={markRead.isPending}
                    disabled={!hydrated}
                    onMarkRead={() => markRead.mutate({ ids: [n.id] })}
                    onOpen={() => openedRead.mutate({ ids: [n.id] })}
                  />
                ))}
              </ul>
              <LoadMore shown={rows.length} noun={rows.length === 1 ? "notification" : "notifications"} hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onLoadMore={() => void list.fetchNextPage()} />
            </>
          ) : (
            <EmptyMessage>{unreadOnly ? "All read." : "No notifications yet."}</EmptyMessage>
          )
        ) : null}
      </section>
    </div>
  );
}

function NotificationItem({
  notification: n,
  pending,
  disabled,
  onMarkRead,
  onOpen,
}: {
  notification: Notification;
  pending: boolean;
  disabled: boolean;
  onMarkRead: () => void;
  /** Opening an unread notification's document marks it read. */
  onOpen: () => void;
}) {
  const unread = n.readAt === null;
  return (
    <li className={cn("flex items-start gap-3 px-4 py-3", unread && "bg-brand-50/40")} data-testid="notification" data-unread={unread}>
      <span aria-hidden="true" className={cn("mt-1.5 size-2 shrink-0 rounded-full", unread ? "bg-brand-600" : "bg-transparent")} />
      <div className="min-w-0 flex-1">
        <p className={cn("text-[13px] text-zinc-900", unread && "font-semibold")}>
          {n.title}
          {unread ? <span className="sr-only"> (unread)</span> : null}
        </p>
        <p className="text-[13px] text-zinc-600">{n.body}</p>
        <p className="mt-0.5 text-xs text-zinc-500 tabular-nums">
          {formatTimestamp(n.createdAt)}
          {n.link ? (
            <>
              {" · "}
              <Link href={n.link} onClick={unread ? onOpen : undefined} className="font-medium text-brand-600 hover:underline">
                Open
              </Link>
            </>
          ) : null}
        </p>
      </div>
      {unread ? (
        <Button size="sm" variant="ghost" disabled={disabled || pending} onClick={onMarkRead}>
          Mark read
        </Button>
      ) : null}
    </li>
  );
}
