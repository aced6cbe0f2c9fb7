"use client";

import type { RouterOutputs } from "@closebook/api";
import { Amount } from "@/components/amount";
import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { listColumnHelper } from "@/components/data-table/list-features";
import { DateText } from "@/components/date-text";
import { Badge } from "@/components/ui/badge";
import type { CsvColumn } from "@/lib/csv";
import { statementLineStatusStyles } from "@/lib/status-labels";

export type StatementLineRow = RouterOutputs["statements"]["lines"]["items"][number];

const column = listColumnHelper<StatementLineRow>();

/** What the line says about itself: the counterparty and the remittance text, else the bank's text. */
const description = (l: StatementLineRow) => [l.remittanceInformation ?? l.additionalInformation, l.structuredReference].filter(Boolean).join(" · ");

/** A bank account's statement lines: booking date, counterparty, text, references, amount and status. */
export const statementLineColumns = column.columns([
  column.accessor((l) => l.bookingDate.getTime(), {
    id: "bookingDate",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Booked" />,
    cell: ({ row }) => <DateText date={row.original.bookingDate} />,
    meta: { className: "w-28" },
  }),
  column.accessor((l) => l.counterpartyName ?? "", {
    id: "counterparty",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Counterparty" />,
    cell: ({ row }) => (
      <span className="flex flex-col">
        <span className="text-zinc-900">{row.original.counterpartyName ?? "—"}</span>
        {row.original.counterpartyAccount ? <span className="font-mono text-[11px] text-zinc-500">{row.original.counterpartyAccount}</span> : null}
      </span>
    ),
  }),
  column.accessor(description, {
    id: "text",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Text" />,
    cell: ({ getValue }) => <span className="line-clamp-2 text-zinc-600">{getValue()}</span>,
  }),
  column.accessor((l) => l.bankReference ?? l.endToEndId ?? "", {
    id: "reference",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Reference" />,
    cell: ({ getValue }) => <span className="font-mono text-[11px] text-zinc-500">{getValue()}</span>,
    meta: { className: "w-40" },
  }),
  column.accessor("amountMinor", {
    id: "amount",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Amount" align="right" />,
    cell: ({ row }) => <Amount minor={row.original.amountMinor} currency={row.original.currency} withCurrency={false} className={row.original.amountMinor > 0n ? "text-green-700" : undefined} />,
    meta: { className: "w-36", align: "right" },
  }),
  column.accessor((l) => statementLineStatusStyles[l.status].label, {
    id: "status",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Status" />,
    cell: ({ row }) => <Badge tone={statementLineStatusStyles[row.original.status].tone}>{statementLineStatusStyles[row.original.status].label}</Badge>,
    meta: { className: "w-28" },
  }),
]);

export const statementLineCsvColumns: CsvColumn<StatementLineRow>[] = [
  { header: "Booking date", value: (l) => l.bookingDate },
  { header: "Value date", value: (l) => l.valueDate },
  { header: "Amount", value: (l) => ({ minor: l.amountMinor, currency: l.currency }) },
  { header: "Currency", value: (l) => l.currency },
  { header: "Counterparty", value: (l) => l.counterpartyName },
  { header: "Counterparty account", value: (l) => l.counterpartyAccount },
  { header: "Remittance information", value: (l) => l.remittanceInformation },
  { header: "Structured reference", value: (l) => l.structuredReference },
  { header: "Additional information", value: (l) => l.additionalInformation },
  { header: "Bank reference", value: (l) => l.bankReference },
  { header: "End-to-end id", value: (l) => l.endToEndId },
  { header: "Status", value: (l) => statementLineStatusStyles[l.status].label },
];
