"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { DataTable } from "@/components/data-table/data-table";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/form-controls";
import { NativeSelect } from "@/components/ui/select";
import { auditColumns, auditCsvColumns } from "@/features/audit/audit-columns";
import { auditListInput, useAuditFilters } from "@/features/audit/audit-filters";
import { auditEntityTypes } from "@/lib/entity-links";
import { exportPageSize, fetchAllPages } from "@/lib/fetch-all-pages";
import { nextCursor } from "@/lib/query-inputs";
import { useTRPC, useTRPCClient } from "@/trpc/react-provider";
import { AuditEventSheet } from "@/features/audit/audit-event-detail";
import { parseAsString, useQueryState } from "nuqs";
import { useMemo } from "react";

/** Every audit event of the organization, newest first, filtered (in the URL) by the kind of document or one document. */
export function AuditLog() {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const view = useAuditFilters();
  const input = auditListInput(view.applied);
  const events = useInfiniteQuery({
    ...trpc.audit.list.infiniteQueryOptions(input, { getNextPageParam: nextCursor }),
    placeholderData: keepPreviousData,
  });
  const rows = events.data?.pages.flatMap((page) => page.items);
  // The opened event lives in the URL (`?event=<id>`), so it is a link.
  const [openEvent, setOpenEvent] = useQueryState("event", parseAsString.withOptions({ history: "push" }));
  const columns = useMemo(() => auditColumns((id) => void setOpenEvent(id)), [setOpenEvent]);
  return (
    <div className="max-w-6xl p-6">
      <AuditEventSheet eventId={openEvent} onClose={() => void setOpenEvent(null)} />
      <DataTable
        key={view.filterKey}
        caption="Audit events"
        columns={columns}
        data={rows}
        getRowId={(e) => e.id}
        noun={{ one: "event", other: "events" }}
        loading={!events.data}
        error={events.error}
        empty={`No audit events${view.filtered ? " of this kind" : ""} yet.`}
        sorting={view.sorting}
        onSortingChange={view.setSorting}
        pageSize={view.pageSize}
        onPageSizeChange={view.setPageSize}
        server={{ hasMore: events.hasNextPage, loading: events.isFetchingNextPage, loadMore: () => events.fetchNextPage() }}
        summary={events.isFetching && events.data ? "updating…" : undefined}
        rowAttributes={(e) => ({ "data-testid": "audit-event", "data-event-id": e.id })}
        exportCsv={{
          filename: "audit-events",
          columns: auditCsvColumns,
          fetchAll: () => fetchAllPages((cursor) => client.audit.list.query({ ...input, limit: exportPageSize, ...(cursor ? { cursor } : {}) })),
        }}
        filters={
          <>
            <Field label="Entity type" className="w-56">
              {(control) => (
                <NativeSelect {...control} value={view.filters.entityType ?? ""} onChange={(e) => view.set("entityType", e.target.value)}>
                  <option value="">Everything</option>
                  {auditEntityTypes.map((t) => (
                    <option key={t.value} value={t.value}>
                      {t.label}
                    </option>
                  ))}
                </NativeSelect>
              )}
            </Field>
            {view.filtered ? (
              <Button variant="ghost" size="sm" className="mb-0.5" onClick={view.clear}>
                Clear filters
              </Button>
            ) : null}
          </>
        }
      />
    </div>
  );
}
