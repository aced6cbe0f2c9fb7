"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { auditEntityTypes } from "@/lib/entity-links";
import { listInput, nextCursor } from "@/lib/query-inputs";
import { useTRPC } from "@/trpc/react-provider";
import { AuditEventsList } from "@/features/audit/audit-events-list";
import { LoadMore } from "@/components/load-more";
import { QueryStatus } from "@/components/query-status";
import { FilterBar } from "@/components/ui/filter-bar";
import { Field } from "@/components/ui/form-controls";
import { NativeSelect } from "@/components/ui/select";
import { EmptyMessage } from "@/components/ui/panel";

/** Every audit event of the organization, newest first, filtered by the kind of document. */
export function AuditLog() {
  const trpc = useTRPC();
  const [entityType, setEntityType] = useState("");
  const events = useInfiniteQuery({
    ...trpc.audit.list.infiniteQueryOptions(listInput({ entityType }), { getNextPageParam: nextCursor }),
    placeholderData: keepPreviousData,
  });
  const rows = events.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <div className="max-w-5xl p-6">
      <section aria-label="Audit events" className="overflow-clip rounded-lg border border-zinc-200 bg-white shadow-xs">
        <FilterBar summary={events.isFetching && events.data ? "updating…" : undefined}>
          <Field label="Entity type" className="w-56">
            {(control) => (
              <NativeSelect {...control} value={entityType} onChange={(e) => setEntityType(e.target.value)}>
                <option value="">Everything</option>
                {auditEntityTypes.map((t) => (
                  <option key={t.value} value={t.value}>
                    {t.label}
                  </option>
                ))}
              </NativeSelect>
            )}
          </Field>
        </FilterBar>
        <QueryStatus error={events.error} loading={!events.data} what="the audit trail" />
        {events.data ? (
          rows.length ? (
            <>
              <AuditEventsList events={rows} />
              <LoadMore shown={rows.length} noun={rows.length === 1 ? "event" : "events"} hasMore={events.hasNextPage} loading={events.isFetchingNextPage} onLoadMore={() => void events.fetchNextPage()} />
            </>
          ) : (
            <EmptyMessage>No audit events{entityType ? " of this kind" : ""} yet.</EmptyMessage>
          )
        ) : null}
      </section>
    </div>
  );
}
