"use client";

import type { RouterOutputs } from "@closebook/api";
import Link from "next/link";
import { DateText } from "@/components/date-text";
import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { listColumnHelper } from "@/components/data-table/list-features";
import type { CsvColumn } from "@/lib/csv";

export type CounterpartyRow = RouterOutputs["counterparties"]["list"]["items"][number];

const column = listColumnHelper<CounterpartyRow>();

export const counterpartyColumns = column.columns([
  column.accessor("name", {
    id: "name",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Name" />,
    cell: ({ row }) => (
      <Link href={`/counterparties/${row.original.id}`} className="font-medium text-brand-600 hover:underline">
        {row.original.name}
      </Link>
    ),
  }),
  column.accessor("email", {
    id: "email",
    header: ({ column }) => <DataTableColumnHeader column={column} title="E-mail" />,
    cell: ({ getValue }) => <span className="text-zinc-600">{getValue() ?? "—"}</span>,
  }),
  column.accessor("taxId", {
    id: "taxId",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Tax ID" />,
    cell: ({ getValue }) => <span className="font-mono text-zinc-600">{getValue() ?? "—"}</span>,
    meta: { className: "w-40" },
  }),
  column.accessor("createdAt", {
    id: "added",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Added" />,
    cell: ({ getValue }) => <DateText date={getValue()} className="text-zinc-600" />,
    meta: { className: "w-28" },
  }),
]);

export const counterpartyCsvColumns: CsvColumn<CounterpartyRow>[] = [
  { header: "Name", value: (c) => c.name },
  { header: "E-mail", value: (c) => c.email },
  { header: "Tax ID", value: (c) => c.taxId },
  { header: "Added", value: (c) => c.createdAt },
];
