"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ActionOutcome } from "@/components/action-outcome";
import { DataTable } from "@/components/data-table/data-table";
import { approvalTotals, useApprovalColumns } from "@/features/approvals/approval-columns";
import type { ActionResult } from "@/lib/action-result";
import { useListParams } from "@/lib/use-list-params";
import { useTRPC } from "@/trpc/react-provider";

/** The inbox has no filters (the procedure takes none); its sort and page size live in the URL. */
const approvalFilterParsers = {};

/** The movements the signed-in person can approve or reject now, each decided inline. */
export function ApprovalsInbox({ canApprove }: { canApprove: boolean }) {
  const trpc = useTRPC();
  const inbox = useQuery(trpc.approvals.inbox.queryOptions());
  const view = useListParams(approvalFilterParsers);
  const [result, setResult] = useState<ActionResult | null>(null);
  const { columns, csv } = useApprovalColumns(setResult);

  return (
    <div className="flex max-w-6xl flex-col gap-4 p-6">
      {result ? (
        <div className="flex flex-col gap-2">
          <ActionOutcome result={result} />
        </div>
      ) : null}
      <DataTable
        caption="Waiting for your decision"
        columns={columns}
        data={inbox.data}
        getRowId={(m) => m.id}
        noun={{ one: "movement", other: "movements" }}
        loading={!inbox.data}
        error={inbox.error}
        empty={canApprove ? "Nothing waits for your approval." : "Your role does not approve movements; approvers, controllers and admins do."}
        sorting={view.sorting}
        onSortingChange={view.setSorting}
        pageSize={view.pageSize}
        onPageSizeChange={view.setPageSize}
        totals={approvalTotals}
        rowAttributes={() => ({ "data-testid": "inbox-item" })}
        exportCsv={{ filename: "approvals", columns: csv, fetchAll: async () => (await inbox.refetch()).data ?? [] }}
        filters={<h2 className="pb-1.5 text-[13px] font-semibold text-zinc-900">Waiting for your decision</h2>}
      />
    </div>
  );
}
