import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { TasksList } from "@/features/tasks/tasks-list";
import { area } from "@/lib/navigation";
import type { SearchParams } from "nuqs/server";
import { loadTaskFilters, taskListInput } from "@/features/tasks/task-filters";
import { nextCursor } from "@/lib/query-inputs";
import { requireMe } from "@/server/session";
import { HydrateClient, prefetchInfinite } from "@/trpc/hydrate-client";
import { trpc } from "@/trpc/server-caller";

export const metadata: Metadata = { title: "Tasks" };

export default async function TasksPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const me = await requireMe();
  const filters = await loadTaskFilters(searchParams);
  await prefetchInfinite(trpc.tasks.list.infiniteQueryOptions(taskListInput(filters), { getNextPageParam: nextCursor }));
  return (
    <>
      <PageHeader title="Tasks" description={area("tasks").purpose} />
      <HydrateClient>
        <TasksList meUserId={me.user.id} />
      </HydrateClient>
    </>
  );
}
