"use client";

import type { RouterOutputs } from "@closebook/api";
import { createCounterpartyInput } from "@closebook/core";
import { keepPreviousData, useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { errorsByField, failureReport, issuesByPath, successResult, topLevelField, type ActionResult } from "@/lib/action-result";
import { formatDay } from "@/lib/format";
import { listInput, nextCursor } from "@/lib/query-inputs";
import { SubmissionKeys } from "@/lib/request-key";
import { useDebouncedValue } from "@/lib/use-debounced-value";
import { useHydrated } from "@/lib/use-hydrated";
import { useTRPC } from "@/trpc/react-provider";
import { ActionOutcome } from "@/components/action-outcome";
import { LoadMore } from "@/components/load-more";
import { QueryStatus } from "@/components/query-status";
import { Button } from "@/components/ui/button";
import { FilterBar } from "@/components/ui/filter-bar";
import { Field } from "@/components/ui/form-controls";
import { Input } from "@/components/ui/input";
import { Plus as PlusIcon, Search as SearchIcon } from "lucide-react";
import { EmptyMessage, Panel } from "@/components/ui/panel";
import { Table, TableCell, TableHead } from "@/components/ui/table";

type Kind = "customer" | "vendor";
type CounterpartyRow = RouterOutputs["counterparties"]["list"]["items"][number];

const nouns: Record<Kind, { one: string; many: string; title: string }> = {
  customer: { one: "customer", many: "customers", title: "Customer" },
  vendor: { one: "vendor", many: "vendors", title: "Vendor" },
};

/** The customers (or vendors) of the organization: search, "Load more", and adding one. */
export function CounterpartyDirectory({ kind, canCreate }: { kind: Kind; canCreate: boolean }) {
  const trpc = useTRPC();
  const hydrated = useHydrated();
  const [search, setSearch] = useState("");
  const [creating, setCreating] = useState(false);
  const term = useDebouncedValue(search.trim());
  const list = useInfiniteQuery({
    ...trpc.counterparties.list.infiniteQueryOptions(listInput({ kind, search: term }), { getNextPageParam: nextCursor }),
    placeholderData: keepPreviousData,
  });
  const rows = list.data?.pages.flatMap((page) => page.items) ?? [];
  const noun = nouns[kind];

  return (
    <div className="flex flex-col gap-4 p-6">
      {canCreate && creating ? (
        <Panel title={`New ${noun.one}`} bodyClassName="p-4">
          <CounterpartyCreateForm kind={kind} onClose={() => setCreating(false)} />
        </Panel>
      ) : null}
      <section aria-label={`${noun.title}s`} className="overflow-clip rounded-lg border border-zinc-200 bg-white shadow-xs">
        <FilterBar
          summary={list.isFetching && list.data ? "updating…" : undefined}
          actions={
            canCreate && !creating ? (
              <Button variant="primary" disabled={!hydrated} onClick={() => setCreating(true)}>
                <PlusIcon className="size-3.5" />
                New {noun.one}
              </Button>
            ) : null
          }
        >
          <Field label="Search" className="w-64">
            {(control) => (
              <div className="relative">
                <SearchIcon className="pointer-events-none absolute top-1/2 left-2 size-3.5 -translate-y-1/2 text-zinc-400" />
                <Input {...control} type="search" placeholder="Name" className="pl-7" value={search} onChange={(e) => setSearch(e.target.value)} />
              </div>
            )}
          </Field>
        </FilterBar>
        <QueryStatus error={list.error} loading={!list.data} what={noun.many} />
        {list.data ? (
          rows.length ? (
            <>
              <CounterpartiesTable rows={rows} caption={`${noun.title}s`} />
              <LoadMore shown={rows.length} noun={rows.length === 1 ? noun.one : noun.many} hasMore={list.hasNextPage} loading={list.isFetchingNextPage} onLoadMore={() => void list.fetchNextPage()} />
            </>
          ) : (
            <EmptyMessage>{term ? `No ${noun.many} match “${term}”.` : `No ${noun.many} yet.`}</EmptyMessage>
          )
        ) : null}
      </section>
    </div>
  );
}

function CounterpartiesTable({ rows, caption }: { rows: CounterpartyRow[]; caption: string }) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <TableHead>Name</TableHead>
          <TableHead>E-mail</TableHead>
          <TableHead className="w-40">Tax ID</TableHead>
          <TableHead className="w-28">Added</TableHead>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="hover:bg-zinc-50">
            <TableCell className="font-medium text-zinc-900">{row.name}</TableCell>
            <TableCell className="text-zinc-600">{row.email ?? "—"}</TableCell>
            <TableCell className="font-mono text-zinc-600">{row.taxId ?? "—"}</TableCell>
            <TableCell className="text-zinc-600 tabular-nums">{formatDay(row.createdAt)}</TableCell>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

const fields = ["name", "email", "taxId"] as const;
type FieldName = (typeof fields)[number];
const fieldOf = topLevelField(fields);

function CounterpartyCreateForm({ kind, onClose }: { kind: Kind; onClose: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const hydrated = useHydrated();
  const keys = useRef(new SubmissionKeys());
  const [values, setValues] = useState({ name: "", email: "", taxId: "" });
  const [errors, setErrors] = useState<Partial<Record<FieldName, string[]>>>({});
  const [result, setResult] = useState<ActionResult | null>(null);
  const noun = nouns[kind];
  const create = useMutation(
    trpc.counterparties.create.mutationOptions({
      onSuccess: async (outcome) => {
        keys.current.settle();
        setValues({ name: "", email: "", taxId: "" });
        setErrors({});
        setResult(successResult(outcome));
        await queryClient.invalidateQueries(trpc.counterparties.pathFilter());
      },
      onError: (error) => {
        const failure = failureReport(error, {
          title: `The ${noun.one} was not added`,
          unreachable: `Could not reach Closebook, so the ${noun.one} may not be added yet. Submit again to retry: it will not be added twice.`,
        });
        const { fields: byField, other } = errorsByField(failure.byPath, fieldOf);
        setErrors(byField);
        setResult({ ...failure.result, details: other });
      },
    }),
  );

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    setResult(null);
    const parsed = createCounterpartyInput.safeParse({ kind, name: values.name, email: values.email.trim() || null, taxId: values.taxId.trim() || null });
    if (!parsed.success) {
      setErrors(errorsByField(issuesByPath(parsed.error), fieldOf).fields);
      return;
    }
    setErrors({});
    create.mutate({ ...parsed.data, idempotencyKey: keys.current.keyFor(parsed.data) });
  }

  const set = (field: FieldName, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={`New ${noun.one}`} className="flex flex-col gap-4">
      <ActionOutcome result={result} />
      <div className="grid grid-cols-1 gap-x-4 gap-y-3 sm:grid-cols-12">
        <Field label="Name" errors={errors.name} className="sm:col-span-5">
          {(control) => <Input {...control} name="name" autoComplete="off" value={values.name} onChange={(e) => set("name", e.target.value)} />}
        </Field>
        <Field label="E-mail" errors={errors.email} hint="Optional" className="sm:col-span-4">
          {(control) => <Input {...control} type="email" name="email" autoComplete="off" value={values.email} onChange={(e) => set("email", e.target.value)} />}
        </Field>
        <Field label="Tax ID" errors={errors.taxId} hint="Optional" className="sm:col-span-3">
          {(control) => <Input {...control} name="taxId" autoComplete="off" className="font-mono" value={values.taxId} onChange={(e) => set("taxId", e.target.value)} />}
        </Field>
      </div>
      <div className="flex items-center justify-end gap-2 border-t border-zinc-100 pt-3">
        <Button variant="ghost" onClick={onClose}>
          Close
        </Button>
        <Button type="submit" variant="primary" disabled={!hydrated || create.isPending}>
          {create.isPending ? "Adding…" : `Add ${noun.one}`}
        </Button>
      </div>
    </form>
  );
}
