"use client";

import type { ActionVerdict } from "@closebook/core";
import { useQuery } from "@tanstack/react-query";
import { Plus as PlusIcon } from "lucide-react";
import { VerdictButton } from "@/components/action-verdict";
import { LocalDataTable } from "@/components/data-table/local-data-table";
import { bankAccountColumns, bankAccountCsvColumns } from "@/features/bank-accounts/bank-account-columns";
import { BankAccountCreateForm } from "@/features/bank-accounts/bank-account-create-form";
import { QueryStatus } from "@/components/query-status";
import { useNewFormParam } from "@/lib/use-list-params";
import { useHydrated } from "@/lib/use-hydrated";
import { useTRPC, useTRPCClient } from "@/trpc/react-provider";

/** The organization's bank accounts, and (when the server allows it) the form to open one (`?new=1`). */
export function BankAccountsList({ create }: { create: ActionVerdict }) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const accounts = useQuery(trpc.bankAccounts.list.queryOptions({}));
  const [creating, setCreating] = useNewFormParam();
  const hydrated = useHydrated();
  return (
    <div className="flex flex-col gap-4 p-6">
      {creating && create.allowed ? (
        <section aria-labelledby="create-heading" className="rounded-lg border border-zinc-200 bg-white p-4 shadow-xs">
          <h2 id="create-heading" className="mb-3 text-[13px] font-semibold text-zinc-900">
            New bank account
          </h2>
          <BankAccountCreateForm onClose={() => setCreating(false)} />
        </section>
      ) : null}
      {accounts.data ? (
        <LocalDataTable
          caption="Bank accounts"
          columns={bankAccountColumns}
          data={accounts.data}
          getRowId={(b) => b.id}
          noun={{ one: "bank account", other: "bank accounts" }}
          empty="No bank accounts yet."
          exportCsv={{ filename: "bank-accounts", columns: bankAccountCsvColumns, fetchAll: () => client.bankAccounts.list.query({}) }}
          actions={
            creating ? null : (
              <VerdictButton verdict={create} showReason={false} variant="primary" disabled={!hydrated} onClick={() => setCreating(true)}>
                <PlusIcon />
                New bank account
              </VerdictButton>
            )
          }
        />
      ) : (
        <QueryStatus error={accounts.error} loading={accounts.isPending} what="the bank accounts" />
      )}
    </div>
  );
}
