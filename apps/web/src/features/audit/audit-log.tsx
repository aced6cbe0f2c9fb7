"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { FilteredList } from "@/components/data-table/filtered-list";
import { SelectFilter } from "@/components/data-table/list-filters";
import { auditColumns, auditCsvColumns } from "@/features/audit/audit-columns";
import { auditListInput, useAuditFilters } from "@/features/audit/audit-filters";
import { auditEntityTypes } from "@/lib/entity-links";
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
  const events = useInfiniteQuery({ ...trpc.audit.list.infiniteQueryOptions(input, { getNextPageParam: nextCursor }), placeholderData: keepPreviousData });
  // The opened event lives in the URL (`?event=<id>`), so it is a link.
  const [openEvent, setOpenEvent] = useQueryState("event", parseAsString.withOptions({ history: "push" }));
  const columns = useMemo(() => auditColumns((id) => void setOpenEvent(id)), [setOpenEvent]);
  return (
    <FilteredList
      className="max-w-6xl p-6"
      before={<AuditEventSheet eventId={openEvent} onClose={() => void setOpenEvent(null)} />}
      view={view}
      query={events}
      caption="Audit events"
      columns={columns}
      getRowId={(e) => e.id}
      noun={{ one: "event", other: "events" }}
      empty={{ filtered: "No audit events of this kind yet.", none: "No audit events yet." }}
      rowAttributes={(e) => ({ "data-testid": "audit-event", "data-event-id": e.id })}
      exportCsv={{ filename: "audit-events", columns: auditCsvColumns, page: (page) => client.audit.list.query({ ...input, ...page }) }}
      filters={<SelectFilter label="Entity type" className="w-56" all="Everything" options={auditEntityTypes} value={view.filters.entityType} onChange={(v) => view.set("entityType", v)} />}
    />
  );
}
