"use client";

import { accountStatuses, accountTypes } from "@closebook/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Plus as PlusIcon, Search as SearchIcon } from "lucide-react";
import { useEffect, useState } from "react";
import { useNewFormParam } from "@/lib/use-list-params";
import { DataTable } from "@/components/data-table/data-table";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/form-controls";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { accountColumns, accountCsvColumns } from "@/features/accounts/account-columns";
import { AccountCreateForm } from "@/features/accounts/account-create-form";
import { accountListInput, useAccountFilters } from "@/features/accounts/account-filters";
import { BalanceNote } from "@/features/accounts/balance-note";
import { accountStatusLabels, accountTypeLabels } from "@/lib/account-labels";
import { isOneOf } from "@/lib/status-labels";
import { useDebouncedValue } from "@/lib/use-debounced-value";
import { useHydrated } from "@/lib/use-hydrated";
import { useTRPC, useTRPCClient } from "@/trpc/react-provider";

/** The chart of accounts: filters (in the URL), the table, and (for roles that may) the form to open one (`?new=1`). */
export function ChartOfAccounts({ canCreate, readOnlyNote }: { canCreate: boolean; readOnlyNote: string }) {
  const trpc = useTRPC();
  const view = useAccountFilters();
  const { filters, set } = view;
  const [search, setSearch] = useState(filters.search ?? "");
  const deferredSearch = useDebouncedValue(search.trim());
  const [creating, setCreating] = useNewFormParam();
  const hydrated = useHydrated();

  useEffect(() => {
    if (deferredSearch !== (view.applied.search ?? "")) set("search", deferredSearch);
  }, [deferredSearch]);

  const input = accountListInput(view.applied);
  const accounts = useQuery({ ...trpc.accounts.list.queryOptions(input), placeholderData: keepPreviousData });
  const client = useTRPCClient();
  const fetchAll = () => client.accounts.list.query(input);

  return (
    <div className="flex flex-col gap-4 p-6">
      {canCreate ? (
        creating ? (
          <section aria-labelledby="create-heading" className="rounded-lg border border-zinc-200 bg-white p-4 shadow-xs">
            <h2 id="create-heading" className="mb-3 text-[13px] font-semibold text-zinc-900">
              Open an account
            </h2>
            <AccountCreateForm onCancel={() => setCreating(false)} />
          </section>
        ) : null
      ) : (
        <p className="text-xs text-zinc-500">{readOnlyNote}</p>
      )}

      <DataTable
        caption="Chart of accounts"
        columns={accountColumns}
        data={accounts.data}
        getRowId={(a) => a.id}
        noun={{ one: "account", other: "accounts" }}
        loading={!accounts.data}
        error={accounts.error}
        empty={view.filtered ? "No accounts match these filters." : "No accounts yet."}
        sorting={view.sorting}
        onSortingChange={view.setSorting}
        pageSize={view.pageSize}
        onPageSizeChange={view.setPageSize}
        summary={accounts.isFetching && accounts.data ? "updating…" : undefined}
        exportCsv={{ filename: "chart-of-accounts", columns: accountCsvColumns, fetchAll }}
        actions={
          canCreate && !creating ? (
            <Button variant="primary" disabled={!hydrated} onClick={() => setCreating(true)}>
              <PlusIcon />
              New account
            </Button>
          ) : null
        }
        filters={
          <>
            <Field label="Search" className="w-64">
              {(control) => (
                <div className="relative">
                  <SearchIcon className="pointer-events-none absolute top-1/2 left-2 size-3.5 -translate-y-1/2 text-zinc-400" />
                  <Input {...control} type="search" placeholder="Code or name" className="pl-7" value={search} onChange={(e) => setSearch(e.target.value)} />
                </div>
              )}
            </Field>
            <Field label="Type" className="w-36">
              {(control) => (
                <NativeSelect {...control} value={filters.type ?? ""} onChange={(e) => set("type", isOneOf(accountTypes, e.target.value) ? e.target.value : null)}>
                  <option value="">All types</option>
                  {accountTypes.map((t) => (
                    <option key={t} value={t}>
                      {accountTypeLabels[t]}
                    </option>
                  ))}
                </NativeSelect>
              )}
            </Field>
            <Field label="Status" className="w-36">
              {(control) => (
                <NativeSelect {...control} value={filters.status ?? ""} onChange={(e) => set("status", isOneOf(accountStatuses, e.target.value) ? e.target.value : null)}>
                  <option value="">All statuses</option>
                  {accountStatuses.map((s) => (
                    <option key={s} value={s}>
                      {accountStatusLabels[s]}
                    </option>
                  ))}
                </NativeSelect>
              )}
            </Field>
            {view.filtered ? (
              <Button
                variant="ghost"
                size="sm"
                className="mb-0.5"
                onClick={() => {
                  setSearch("");
                  view.clear();
                }}
              >
                Clear filters
              </Button>
            ) : null}
          </>
        }
      />
      {accounts.data?.length ? <BalanceNote className="px-1" /> : null}
    </div>
  );
}
