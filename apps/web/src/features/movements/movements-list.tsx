"use client";

import type { RouterOutputs } from "@closebook/api";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { formatDay } from "@/lib/format";
import { listInput, nextCursor } from "@/lib/query-inputs";
import { accountLabel, accountsById, useAccounts, useCounterparties } from "@/lib/reference-data";
import { isOneOf, movementKindLabels, movementKinds, movementStatuses, movementStatusStyles, type MovementKind, type MovementStatus } from "@/lib/status-labels";
import { useHydrated } from "@/lib/use-hydrated";
import { useTRPC } from "@/trpc/react-provider";
import { Amount } from "@/components/amount";
import { LoadMore } from "@/components/load-more";
import { MovementRequestForm } from "@/features/movements/movement-request-form";
import { QueryStatus } from "@/components/query-status";
import { MovementStatusBadge } from "@/components/status-badges";
import { Button } from "@/components/ui/button";
import { FilterBar } from "@/components/ui/filter-bar";
import { Checkbox, Field } from "@/components/ui/form-controls";
import { NativeSelect } from "@/components/ui/select";
import { Plus as PlusIcon } from "lucide-react";
import { EmptyMessage, Panel } from "@/components/ui/panel";
import { Table, TableCell, TableHead } from "@/components/ui/table";

type MovementRow = RouterOutputs["movements"]["list"]["items"][number];

interface MovementFilters {
  status: MovementStatus | "";
  kind: MovementKind | "";
  mine: boolean;
}

const noFilters: MovementFilters = { status: "", kind: "", mine: false };

/** Movements, newest first, with filters, "Load more" and (for clerks and above) the request form. */
export function MovementsList({ canRequest, meUserId }: { canRequest: boolean; meUserId: string }) {
  const trpc = useTRPC();
  const hydrated = useHydrated();
  const [filters, setFilters] = useState<MovementFilters>(noFilters);
  const [requesting, setRequesting] = useState(false);
  const movements = useInfiniteQuery({
    ...trpc.movements.list.infiniteQueryOptions(listInput({ ...filters }), { getNextPageParam: nextCursor }),
    placeholderData: keepPreviousData,
  });
  const rows = movements.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Boolean(filters.status || filters.kind || filters.mine);

  return (
    <div className="flex flex-col gap-4 p-6">
      {canRequest && requesting ? (
        <Panel title="Request a movement" bodyClassName="p-4">
          <MovementRequestForm onClose={() => setRequesting(false)} />
        </Panel>
      ) : null}
      <section aria-label="Movements" className="overflow-clip rounded-lg border border-zinc-200 bg-white shadow-xs">
        <FilterBar
          summary={movements.isFetching && movements.data ? "updating…" : undefined}
          actions={
            canRequest && !requesting ? (
              <Button variant="primary" disabled={!hydrated} onClick={() => setRequesting(true)}>
                <PlusIcon className="size-3.5" />
                Request movement
              </Button>
            ) : null
          }
        >
          <Field label="Status" className="w-40">
            {(control) => (
              <NativeSelect {...control} value={filters.status} onChange={(e) => setFilters((f) => ({ ...f, status: isOneOf(movementStatuses, e.target.value) ? e.target.value : "" }))}>
                <option value="">All statuses</option>
                {movementStatuses.map((s) => (
                  <option key={s} value={s}>
                    {movementStatusStyles[s].label}
                  </option>
                ))}
              </NativeSelect>
            )}
          </Field>
          <Field label="Kind" className="w-40">
            {(control) => (
              <NativeSelect {...control} value={filters.kind} onChange={(e) => setFilters((f) => ({ ...f, kind: isOneOf(movementKinds, e.target.value) ? e.target.value : "" }))}>
                <option value="">All kinds</option>
                {movementKinds.map((k) => (
                  <option key={k} value={k}>
                    {movementKindLabels[k]}
                  </option>
                ))}
              </NativeSelect>
            )}
          </Field>
          <Checkbox label="Requested by me" className="mb-1.5" checked={filters.mine} onChange={(e) => setFilters((f) => ({ ...f, mine: e.target.checked }))} />
          {filtered ? (
            <Button variant="ghost" size="sm" className="mb-0.5" onClick={() => setFilters(noFilters)}>
              Clear filters
            </Button>
          ) : null}
        </FilterBar>
        <QueryStatus error={movements.error} loading={!movements.data} what="movements" />
        {movements.data ? (
          rows.length ? (
            <>
              <MovementsTable rows={rows} meUserId={meUserId} />
              <LoadMore
                shown={rows.length}
                noun={rows.length === 1 ? "movement" : "movements"}
                hasMore={movements.hasNextPage}
                loading={movements.isFetchingNextPage}
                onLoadMore={() => void movements.fetchNextPage()}
              />
            </>
          ) : (
            <EmptyMessage>{filtered ? "No movements match these filters." : "No movements yet."}</EmptyMessage>
          )
        ) : null}
      </section>
    </div>
  );
}

function MovementsTable({ rows, meUserId }: { rows: MovementRow[]; meUserId: string }) {
  const accounts = accountsById(useAccounts().data);
  const vendors = new Map((useCounterparties("vendor").data?.items ?? []).map((v) => [v.id, v.name]));
  return (
    <Table caption="Movements">
      <thead>
        <tr>
          <TableHead className="w-36">Number</TableHead>
          <TableHead className="w-32">Kind</TableHead>
          <TableHead>Description</TableHead>
          <TableHead>To</TableHead>
          <TableHead className="w-28">Effective</TableHead>
          <TableHead align="right" className="w-36">
            Amount
          </TableHead>
          <TableHead className="w-28">Approvals</TableHead>
          <TableHead className="w-36">Status</TableHead>
        </tr>
      </thead>
      <tbody>
        {rows.map((m) => {
          const destination = accounts.get(m.destinationAccountId);
          const to = m.counterpartyId ? (vendors.get(m.counterpartyId) ?? "Vendor") : destination ? accountLabel(destination) : "—";
          return (
            <tr key={m.id} className="hover:bg-zinc-50">
              <TableCell className="font-mono">
                <Link href={`/movements/${m.id}`} className="font-medium text-brand-600 hover:underline">
                  {m.number}
                </Link>
              </TableCell>
              <TableCell className="text-zinc-600">{movementKindLabels[m.kind]}</TableCell>
              <TableCell className="max-w-72 text-zinc-700">
                <span className="line-clamp-1" title={m.description}>
                  {m.description}
                </span>
                <span className="block text-xs text-zinc-400">requested by {m.requestedBy === meUserId ? "you" : (m.requestedByName ?? "a former member")}</span>
              </TableCell>
              <TableCell className="text-zinc-700">{to}</TableCell>
              <TableCell className="text-zinc-600 tabular-nums">{formatDay(m.effectiveDate)}</TableCell>
              <TableCell numeric>
                <Amount minor={m.amountMinor} currency={m.currency} />
              </TableCell>
              <TableCell className="text-zinc-600 tabular-nums">
                {m.progress.given} of {m.progress.required}
                {m.canDecide ? (
                  <Link href={`/movements/${m.id}`} className="ml-1.5 text-xs font-medium text-brand-600 hover:underline">
                    decide
                  </Link>
                ) : null}
              </TableCell>
              <TableCell>
                <MovementStatusBadge status={m.status} />
              </TableCell>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
