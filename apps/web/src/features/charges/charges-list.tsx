"use client";

import type { RouterOutputs } from "@closebook/api";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { formatDay } from "@/lib/format";
import { listInput, nextCursor } from "@/lib/query-inputs";
import { useFilters } from "@/lib/use-filters";
import { useCounterparties } from "@/lib/reference-data";
import { chargeStatuses, chargeStatusStyles, isOneOf, type ChargeStatus } from "@/lib/status-labels";
import { useHydrated } from "@/lib/use-hydrated";
import { useTRPC } from "@/trpc/react-provider";
import { Amount } from "@/components/amount";
import { ChargeCreateForm } from "@/features/charges/charge-create-form";
import { LoadMore } from "@/components/load-more";
import { QueryStatus } from "@/components/query-status";
import { ChargeStatusBadge } from "@/components/status-badges";
import { Button } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";
import { FilterBar } from "@/components/ui/filter-bar";
import { Field } from "@/components/ui/form-controls";
import { NativeSelect } from "@/components/ui/select";
import { Plus as PlusIcon } from "lucide-react";
import { EmptyMessage, Panel } from "@/components/ui/panel";
import { Table, TableCell, TableHead } from "@/components/ui/table";

export type ChargeRow = RouterOutputs["charges"]["list"]["items"][number];

export interface ChargeFilters {
  status: ChargeStatus | "";
  customerId: string;
  from: string;
  to: string;
}

export const noChargeFilters: ChargeFilters = { status: "", customerId: "", from: "", to: "" };

/** Charges, newest first, with filters, "Load more" and (for clerks and above) the form for a new one. */
export function ChargesList({ canCreate, canIssue }: { canCreate: boolean; canIssue: boolean }) {
  const trpc = useTRPC();
  const hydrated = useHydrated();
  const { filters, applied, set, clear, resetKey, filtered } = useFilters<ChargeFilters>(noChargeFilters);
  const [creating, setCreating] = useState(false);
  const customers = useCounterparties("customer");
  const charges = useInfiniteQuery({
    ...trpc.charges.list.infiniteQueryOptions(listInput({ ...applied }), { getNextPageParam: nextCursor }),
    placeholderData: keepPreviousData,
  });
  const rows = charges.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <div className="flex flex-col gap-4 p-6">
      {canCreate && creating ? (
        <Panel title="New charge" bodyClassName="p-4">
          <ChargeCreateForm canIssue={canIssue} onClose={() => setCreating(false)} />
        </Panel>
      ) : null}

      <section aria-label="Charges" className="overflow-clip rounded-lg border border-zinc-200 bg-white shadow-xs">
        <FilterBar
          summary={charges.isFetching && charges.data ? "updating…" : undefined}
          actions={
            canCreate && !creating ? (
              <Button variant="primary" disabled={!hydrated} onClick={() => setCreating(true)}>
                <PlusIcon className="size-3.5" />
                New charge
              </Button>
            ) : null
          }
        >
          <Field label="Status" className="w-36">
            {(control) => (
              <NativeSelect {...control} value={filters.status} onChange={(e) => set("status", isOneOf(chargeStatuses, e.target.value) ? e.target.value : "")}>
                <option value="">All statuses</option>
                {chargeStatuses.map((s) => (
                  <option key={s} value={s}>
                    {chargeStatusStyles[s].label}
                  </option>
                ))}
              </NativeSelect>
            )}
          </Field>
          <Field label="Customer" className="w-56">
            {(control) => (
              <NativeSelect {...control} value={filters.customerId} onChange={(e) => set("customerId", e.target.value)}>
                <option value="">All customers</option>
                {customers.data?.items.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </NativeSelect>
            )}
          </Field>
          <DateField floatingErrors key={`from-${resetKey}`} label="Created from" className="w-40" value={filters.from} max={filters.to || undefined} onChange={(text, entry) => set("from", text, { hold: entry.badInput })} />
          <DateField floatingErrors key={`to-${resetKey}`} label="Created to" className="w-40" value={filters.to} min={filters.from || undefined} onChange={(text, entry) => set("to", text, { hold: entry.badInput })} />
          {filtered ? (
            <Button variant="ghost" size="sm" className="mb-0.5" onClick={clear}>
              Clear filters
            </Button>
          ) : null}
        </FilterBar>

        <QueryStatus error={charges.error} loading={!charges.data} what="charges" />
        {charges.data ? (
          rows.length ? (
            <>
              <ChargesTable charges={rows} />
              <LoadMore
                shown={rows.length}
                noun={rows.length === 1 ? "charge" : "charges"}
                hasMore={charges.hasNextPage}
                loading={charges.isFetchingNextPage}
                onLoadMore={() => void charges.fetchNextPage()}
              />
            </>
          ) : (
            <EmptyMessage>{filtered ? "No charges match these filters." : "No charges yet."}</EmptyMessage>
          )
        ) : null}
      </section>
    </div>
  );
}

function ChargesTable({ charges }: { charges: ChargeRow[] }) {
  return (
    <Table caption="Charges">
      <thead>
        <tr>
          <TableHead className="w-36">Number</TableHead>
          <TableHead>Customer</TableHead>
          <TableHead>Description</TableHead>
          <TableHead className="w-28">Created</TableHead>
          <TableHead className="w-28">Due</TableHead>
          <TableHead align="right" className="w-36">
            Amount
          </TableHead>
          <TableHead align="right" className="w-36">
            Open
          </TableHead>
          <TableHead className="w-24">Status</TableHead>
        </tr>
      </thead>
      <tbody>
        {charges.map((charge) => (
          <tr key={charge.id} className="hover:bg-zinc-50">
            <TableCell className="font-mono">
              <Link href={`/charges/${charge.id}`} className="font-medium text-brand-600 hover:underline">
                {charge.number ?? "Draft"}
              </Link>
            </TableCell>
            <TableCell className="font-medium text-zinc-900">{charge.customerName}</TableCell>
            <TableCell className="max-w-80 truncate text-zinc-600" title={charge.description}>
              {charge.description}
            </TableCell>
            <TableCell className="text-zinc-600 tabular-nums">{formatDay(charge.createdAt)}</TableCell>
            <TableCell className="text-zinc-600 tabular-nums">{formatDay(charge.dueDate)}</TableCell>
            <TableCell numeric>
              <Amount minor={charge.amountMinor} currency={charge.currency} />
            </TableCell>
            <TableCell numeric className="text-zinc-600">
              {charge.status === "void" || charge.status === "draft" ? "—" : <Amount minor={charge.amountMinor - charge.paidMinor} currency={charge.currency} />}
            </TableCell>
            <TableCell>
              <ChargeStatusBadge status={charge.status} />
            </TableCell>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
