import type { Metadata } from "next";
import { PageHeader } from "../../../src/components/page-header";
import { TasksList } from "../../../src/components/tasks-list";
import { area } from "../../../src/lib/navigation";
import { listInput, nextCursor } from "../../../src/lib/query-inputs";
import { requireMe } from "../../../src/server/session";
import { HydrateClient, prefetchInfinite } from "../../../src/trpc/hydrate-client";
import { trpc } from "../../../src/trpc/server-caller";

export const metadata: Metadata = { title: "Tasks" };

export default async function TasksPage() {
  const me = await requireMe();
  await prefetchInfinite(trpc.tasks.list.infiniteQueryOptions(listInput({ status: "open" }), { getNextPageParam: nextCursor }));
  return (
    <>
      <PageHeader title="Tasks" description={area("tasks").purpose} />
      <HydrateClient>
        <TasksList meUserId={me.user.id} canComplete={me.permissions.includes("tasks.complete")} />
      </HydrateClient>
    </>
  );
}
