"use client";

import { accountStatuses, accountTypes } from "@closebook/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { accountStatusLabels, accountTypeLabels } from "@/lib/account-labels";
import { apiFailure } from "@/lib/api-errors";
import { useDebouncedValue } from "@/lib/use-debounced-value";
import { useHydrated } from "@/lib/use-hydrated";
import { useTRPC } from "@/trpc/react-provider";
import { AccountCreateForm } from "@/features/accounts/account-create-form";
import { AccountsTable } from "@/features/accounts/accounts-table";
import { BalanceNote } from "@/features/accounts/balance-note";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/form-controls";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { Plus as PlusIcon, Search as SearchIcon } from "lucide-react";

type AccountType = (typeof accountTypes)[number];
type AccountStatus = (typeof accountStatuses)[number];

/** The chart of accounts: filters, the table, and (for roles that may) the form to open one. */
export function ChartOfAccounts({ canCreate, readOnlyNote }: { canCreate: boolean; readOnlyNote: string }) {
  const trpc = useTRPC();
  const [type, setType] = useState<AccountType | "">("");
  const [status, setStatus] = useState<AccountStatus | "">("");
  const [search, setSearch] = useState("");
  const [creating, setCreating] = useState(false);
  const hydrated = useHydrated();
  const deferredSearch = useDebouncedValue(search.trim());

  const input = {
    ...(type ? { type } : {}),
    ...(status ? { status } : {}),
    ...(deferredSearch ? { search: deferredSearch } : {}),
  };
  const accounts = useQuery({ ...trpc.accounts.list.queryOptions(input), placeholderData: keepPreviousData });
  const filtered = Boolean(type || status || deferredSearch);

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

      <section aria-label="Accounts" className="overflow-clip rounded-lg border border-zinc-200 bg-white shadow-xs">
        <div className="flex flex-wrap items-end gap-3 border-b border-zinc-200 px-3 py-3">
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
              <NativeSelect {...control} value={type} onChange={(e) => setType(e.target.value as AccountType | "")}>
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
              <NativeSelect {...control} value={status} onChange={(e) => setStatus(e.target.value as AccountStatus | "")}>
                <option value="">All statuses</option>
                {accountStatuses.map((s) => (
                  <option key={s} value={s}>
                    {accountStatusLabels[s]}
                  </option>
                ))}
              </NativeSelect>
            )}
          </Field>
          {filtered ? (
            <Button
              variant="ghost"
              size="sm"
              className="mb-0.5"
              onClick={() => {
                setType("");
                setStatus("");
                setSearch("");
              }}
            >
              Clear filters
            </Button>
          ) : null}
          <div className="ml-auto flex items-center gap-3 pb-0.5">
            <span className="text-xs text-zinc-500 tabular-nums" aria-live="polite">
              {accounts.data ? `${accounts.data.length} ${accounts.data.length === 1 ? "account" : "accounts"}` : ""}
              {accounts.isFetching && accounts.data ? " · updating…" : ""}
            </span>
            {canCreate && !creating ? (
              <Button variant="primary" disabled={!hydrated} onClick={() => setCreating(true)}>
                <PlusIcon className="size-3.5" />
                New account
              </Button>
            ) : null}
          </div>
        </div>

        {accounts.error ? (
          <div className="p-4">
            <Alert tone="error" title="Could not load the chart of accounts">
              {apiFailure(accounts.error).message}
            </Alert>
          </div>
        ) : accounts.data ? (
          accounts.data.length ? (
            <>
              <AccountsTable accounts={accounts.data} />
              <BalanceNote className="border-t border-zinc-200 px-4 py-2.5" />
            </>
          ) : (
            <p className="px-4 py-10 text-center text-[13px] text-zinc-500">
              {filtered ? "No accounts match these filters." : "No accounts yet."}
            </p>
          )
        ) : (
          <p className="px-4 py-10 text-center text-[13px] text-zinc-500">Loading accounts…</p>
        )}
      </section>
    </div>
  );
}
