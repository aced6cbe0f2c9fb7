import { createLoader, parseAsString } from "nuqs/server";
import { listViewParsers, type FilterValues } from "@/lib/list-params";
import { listInput } from "@/lib/query-inputs";
import { useListParams } from "@/lib/use-list-params";

/** The audit trail's filters in the URL: `/audit?entityType=movement` (and `&entityId=…` for one document). */
export const auditFilterParsers = {
  entityType: parseAsString,
  entityId: parseAsString,
};

export type AuditFilters = FilterValues<typeof auditFilterParsers>;

export const loadAuditFilters = createLoader({ ...auditFilterParsers, ...listViewParsers });

/** Always sends `entityType` ("" for everything), as the page has always prefetched it. */
export function auditListInput(filters: AuditFilters) {
  return { ...listInput({ entityId: filters.entityId ?? "" }), entityType: filters.entityType ?? "" };
}

export function useAuditFilters() {
  return useListParams(auditFilterParsers);
}
