"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { DateText } from "@/components/date-text";
import { ActionOutcome } from "@/components/action-outcome";
import { Amount } from "@/components/amount";
import { LocalDataTable } from "@/components/data-table/local-data-table";
import { PageHeader } from "@/components/layout/page-header";
import { QueryStatus } from "@/components/query-status";
import { VerdictButton } from "@/components/action-verdict";
import { DetailList } from "@/components/ui/detail-list";
import { EmptyMessage, Panel } from "@/components/ui/panel";
import { Table, TableCell, TableHead } from "@/components/ui/table";
import { chargeColumns, chargeTotals } from "@/features/charges/charge-columns";
import { counterpartyMovementColumns, counterpartyMovementTotals } from "@/features/counterparties/counterparty-movement-columns";
import { CounterpartyEditForm } from "@/features/counterparties/counterparty-edit-form";
import type { ActionResult } from "@/lib/action-result";
import { plural } from "@/lib/format";
import { useTRPC } from "@/trpc/react-provider";

/** The charges list's columns without the customer (the page is the customer's). */
const customerChargeColumns = chargeColumns.filter((c) => c.id !== "customer");

/** A customer's or vendor's page: details (editable when the server allows), balance per currency, its charges and movements. */
export function CounterpartyDetail({ counterpartyId }: { counterpartyId: string }) {
  const trpc = useTRPC();
  const detail = useQuery(trpc.counterparties.byId.queryOptions({ counterpartyId }));
  const [editing, setEditing] = useState(false);
  const [result, setResult] = useState<ActionResult | null>(null);

  if (!detail.data) {
    return (
      <>
        <PageHeader eyebrow="Customers and vendors" title="Counterparty" />
        <QueryStatus error={detail.error} loading what="the customer or vendor" />
      </>
    );
  }
  const { counterparty, charges, movements, balance, allowedActions } = detail.data;
  const isCustomer = counterparty.kind === "customer";
  const update = allowedActions.update;

  return (
    <>
      <PageHeader
        eyebrow={isCustomer ? "Customer" : "Vendor"}
        title={counterparty.name}
        description={[counterparty.email, counterparty.taxId ? `Tax ID ${counterparty.taxId}` : null].filter(Boolean).join(" · ") || undefined}
        actions={
          <VerdictButton verdict={update} showReason={false} disabled={editing} onClick={() => setEditing(true)}>
            Edit details
          </VerdictButton>
        }
      />
      <div className="flex flex-col gap-4 p-6">
        <ActionOutcome result={result} />
        <div className="grid items-start gap-4 xl:grid-cols-[minmax(0,1fr)_24rem]">
          <Panel title="Details">
            {editing && update.allowed ? (
              <CounterpartyEditForm counterparty={counterparty} onDone={() => setEditing(false)} onResult={setResult} />
            ) : (
              <DetailList
                items={[
                  { label: "Name", value: counterparty.name },
                  { label: "Kind", value: isCustomer ? "Customer" : "Vendor" },
                  { label: "E-mail", value: counterparty.email ?? "—" },
                  { label: "Tax ID", value: counterparty.taxId ?? "—" },
                  { label: "Added", value: <DateText date={counterparty.createdAt} withTime /> },
                ]}
              />
            )}
          </Panel>
          <Panel title="Balance">
            <p className="px-4 pt-3 text-xs text-zinc-500">{balance.label}</p>
            {balance.lines.length ? (
              <Table caption="Balance per currency">
                <thead>
                  <tr>
                    <TableHead>Currency</TableHead>
                    <TableHead>Items</TableHead>
                    <TableHead align="right">Open</TableHead>
                  </tr>
                </thead>
                <tbody>
                  {balance.lines.map((line) => (
                    <tr key={line.currency}>
                      <TableCell className="font-mono">{line.currency}</TableCell>
                      <TableCell className="text-zinc-600">{plural(line.items, isCustomer ? "charge" : "payment")}</TableCell>
                      <TableCell numeric>
                        <Amount minor={line.openMinor} currency={line.currency} className="font-semibold" />
                      </TableCell>
                    </tr>
                  ))}
                </tbody>
              </Table>
            ) : (
              <EmptyMessage className="py-4">Nothing open.</EmptyMessage>
            )}
          </Panel>
        </div>
        {isCustomer ? (
          <>
          <h2 className="-mb-2 text-[13px] font-semibold text-zinc-900">Charges</h2>
          <LocalDataTable
            caption={`Charges to ${counterparty.name}`}
            columns={customerChargeColumns}
            data={charges}
            getRowId={(c) => c.id}
            noun={{ one: "charge", other: "charges" }}
            empty="No charges to this customer yet."
            totals={chargeTotals}
            initialPageSize={10}
          />
          </>
        ) : null}
        <h2 className="-mb-2 text-[13px] font-semibold text-zinc-900">{isCustomer ? "Movements" : "Payments and movements"}</h2>
        <LocalDataTable
          caption={`Movements ${isCustomer ? "with" : "to"} ${counterparty.name}`}
          columns={counterpartyMovementColumns}
          data={movements}
          getRowId={(m) => m.id}
          noun={{ one: "movement", other: "movements" }}
          empty={isCustomer ? "No movements with this customer." : "No payments to this vendor yet."}
          totals={counterpartyMovementTotals}
          initialPageSize={10}
        />
      </div>
    </>
  );
}
