"use client";

import { keepPreviousData, useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { ActionOutcome } from "@/components/action-outcome";
import { DataTable } from "@/components/data-table/data-table";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/form-controls";
import { notificationCsvColumns, useNotificationColumns } from "@/features/notifications/notification-columns";
import { notificationListInput, useNotificationFilters } from "@/features/notifications/notification-filters";
import { failureReport, successResult, type ActionResult } from "@/lib/action-result";
import { exportPageSize, fetchAllPages } from "@/lib/fetch-all-pages";
import { nextCursor } from "@/lib/query-inputs";
import { useHydrated } from "@/lib/use-hydrated";
import { useTRPC, useTRPCClient } from "@/trpc/react-provider";

/** The signed-in person's notifications, newest first: open the document, mark one, the selected or all read. */
export function NotificationsList() {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const hydrated = useHydrated();
  const view = useNotificationFilters();
  const [result, setResult] = useState<ActionResult | null>(null);
  const input = notificationListInput(view.applied);
  const list = useInfiniteQuery({
    ...trpc.notifications.list.infiniteQueryOptions(input, { getNextPageParam: nextCursor }),
    placeholderData: keepPreviousData,
  });
  const rows = list.data?.pages.flatMap((page) => page.items);
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
      meta: { quiet: true },
      onSettled: () => queryClient.invalidateQueries(trpc.notifications.pathFilter()),
    }),
  );
  const { mutate: markReadMutate } = markRead;
  const { mutate: openedMutate } = openedRead;
  const onMarkRead = useCallback((id: string) => markReadMutate({ ids: [id] }), [markReadMutate]);
  const onOpen = useCallback((id: string) => openedMutate({ ids: [id] }), [openedMutate]);
  const columns = useNotificationColumns({ disabled: !hydrated || markRead.isPending, onMarkRead, onOpen });

  return (
    <div className="flex max-w-5xl flex-col gap-4 p-6">
      {result ? (
        <div className="flex flex-col gap-2">
          <ActionOutcome result={result} />
        </div>
      ) : null}
      <DataTable
        key={view.filterKey}
        caption="Notifications"
        columns={columns}
        data={rows}
        getRowId={(n) => n.id}
        noun={{ one: "notification", other: "notifications" }}
        loading={!list.data}
        error={list.error}
        empty={view.applied.unreadOnly ? "All read." : "No notifications yet."}
        sorting={view.sorting}
        onSortingChange={view.setSorting}
        pageSize={view.pageSize}
        onPageSizeChange={view.setPageSize}
        server={{ hasMore: list.hasNextPage, loading: list.isFetchingNextPage, loadMore: () => list.fetchNextPage() }}
        summary={list.data ? `${unread} unread` : undefined}
        rowAttributes={(n) => ({ "data-testid": "notification", "data-unread": String(n.readAt === null), className: n.readAt === null ? "bg-brand-50/40" : undefined })}
        selection={{
          label: (n) => n.title,
          canSelect: (n) => n.readAt === null,
          actions: (selected, clear) => (
            <Button size="sm" disabled={!hydrated || markRead.isPending} onClick={() => markRead.mutate({ ids: selected.map((n) => n.id) }, { onSuccess: clear })}>
              Mark selected read
            </Button>
          ),
        }}
        exportCsv={{
          filename: "notifications",
          columns: notificationCsvColumns,
          fetchAll: () => fetchAllPages((cursor) => client.notifications.list.query({ ...input, limit: exportPageSize, ...(cursor ? { cursor } : {}) })),
        }}
        actions={
          <Button disabled={!hydrated || markRead.isPending || unread === 0} onClick={() => markRead.mutate({ ids: "all" })}>
            Mark all read
          </Button>
        }
        filters={<Checkbox label="Unread only" className="mb-1.5" checked={view.filters.unreadOnly ?? false} onChange={(e) => view.set("unreadOnly", e.target.checked ? true : null)} />}
      />
    </div>
  );
}
