"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { FilteredList } from "@/components/data-table/filtered-list";
import { DateRangeFilter, labeled, SelectFilter } from "@/components/data-table/list-filters";
import { chargeColumns, chargeCsvColumns, chargeTotals } from "@/features/charges/charge-columns";
import { ChargeCreateForm } from "@/features/charges/charge-create-form";
import { chargeListInput, useChargeFilters } from "@/features/charges/charge-filters";
import { nextCursor } from "@/lib/query-inputs";
import { useCounterparties } from "@/lib/reference-data";
import { chargeStatuses, chargeStatusStyles } from "@/lib/status-labels";
import { useTRPC, useTRPCClient } from "@/trpc/react-provider";

/** Charges, newest first, filtered by the server from the URL's filters; (for clerks and above) the form for a new one (`?new=1`). */
export function ChargesList({ canCreate, canIssue }: { canCreate: boolean; canIssue: boolean }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const view = useChargeFilters();
  const { filters, set } = view;
  const customers = useCounterparties("customer");
  const input = chargeListInput(view.applied);
  const charges = useInfiniteQuery({ ...trpc.charges.list.infiniteQueryOptions(input, { getNextPageParam: nextCursor }), placeholderData: keepPreviousData });

  return (
    <FilteredList
      view={view}
      query={charges}
      caption="Charges"
      columns={chargeColumns}
      getRowId={(c) => c.id}
      noun={{ one: "charge", other: "charges" }}
      empty={{ filtered: "No charges match these filters.", none: "No charges yet." }}
      totals={chargeTotals}
      exportCsv={{ filename: "charges", columns: chargeCsvColumns, page: (page) => client.charges.list.query({ ...input, ...page }) }}
      create={canCreate ? { button: "New charge", title: "New charge", form: (close) => <ChargeCreateForm canIssue={canIssue} onClose={close} /> } : null}
      filters={
        <>
          <SelectFilter label="Status" className="w-36" all="All statuses" options={labeled(chargeStatuses, (s) => chargeStatusStyles[s].label)} value={filters.status} onChange={(v) => set("status", v)} />
          <SelectFilter label="Customer" className="w-56" all="All customers" options={customers.data?.items.map((c) => ({ value: c.id, label: c.name }))} value={filters.customerId} onChange={(v) => set("customerId", v)} />
          <DateRangeFilter labels={{ from: "Created from", to: "Created to" }} from={filters.from} to={filters.to} resetKey={view.resetKey} onChange={(key, text, hold) => set(key, text, { hold })} />
        </>
      }
    />
  );
}
