"use client";

import type { RouterOutputs } from "@closebook/api";
import Link from "next/link";
import { Amount } from "@/components/amount";
import { DateText } from "@/components/date-text";
import type { MoneyTotal } from "@/components/data-table/data-table";
import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { listColumnHelper } from "@/components/data-table/list-features";
import { EntrySourceBadge } from "@/components/status-badges";
import { Badge } from "@/components/ui/badge";
import { csvText, type CsvColumn, type CsvMoney } from "@/lib/csv";
import { entrySourceStyles } from "@/lib/status-labels";

/** An entry as the journal shows it (with or without its allowed actions: the charge page lists plain entries). */
export type JournalEntry = Omit<RouterOutputs["ledger"]["entry"], "allowedActions">;

/** An entry's debits per currency (a balanced entry's size). */
export function entryDebits(entry: Pick<JournalEntry, "lines">): CsvMoney[] {
  const totals = new Map<string, bigint>();
  for (const line of entry.lines) totals.set(line.currency, (totals.get(line.currency) ?? 0n) + line.debitMinor);
  return [...totals].map(([currency, minor]) => ({ currency, minor }));
}

/** Sorts by the first currency's debits (entries are nearly always in one currency). */
function firstDebit(entry: JournalEntry): bigint {
  return entryDebits(entry)[0]?.minor ?? 0n;
}

/** An entry's size: its debits per currency in the organization's format ("2.500,00 EUR · 10,00 USD"). */
export function EntryAmounts({ entry }: { entry: Pick<JournalEntry, "lines"> }) {
  return entryDebits(entry).map((debit, index) => (
    <span key={debit.currency}>
      {index > 0 ? " · " : null}
      <Amount minor={debit.minor} currency={debit.currency} />
    </span>
  ));
}

const column = listColumnHelper<JournalEntry>();

export const journalColumns = column.columns([
  column.accessor("number", {
    id: "number",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Number" />,
    cell: ({ row }) => (
      <Link href={`/ledger/entries/${row.original.id}`} className="font-mono font-medium whitespace-nowrap text-brand-600 hover:underline">
        {row.original.number}
      </Link>
    ),
    meta: { className: "w-40" },
  }),
  column.accessor("effectiveDate", {
    id: "date",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Date" />,
    cell: ({ getValue }) => <DateText date={getValue()} className="text-zinc-600" />,
    meta: { className: "w-28" },
  }),
  column.accessor("memo", {
    id: "memo",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Memo" />,
    cell: ({ row }) => (
      <>
        <span className="line-clamp-1 text-zinc-700" title={row.original.memo}>
          {row.original.memo}
        </span>
        {row.original.reversedByNumber ? (
          <Badge tone="red" className="mt-0.5">
            Reversed by {row.original.reversedByNumber}
          </Badge>
        ) : null}
      </>
    ),
    meta: { className: "max-w-96" },
  }),
  column.accessor((e) => entrySourceStyles[e.source].label, {
    id: "source",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Source" />,
    cell: ({ row }) => <EntrySourceBadge source={row.original.source} />,
    meta: { className: "w-32" },
  }),
  column.accessor(firstDebit, {
    id: "amount",
    header: ({ column }) => <DataTableColumnHeader column={column} title="Amount" align="right" />,
    cell: ({ row }) => <EntryAmounts entry={row.original} />,
    meta: { align: "right", className: "w-40" },
  }),
]);

export const journalTotals: MoneyTotal<JournalEntry>[] = [{ columnId: "amount", money: entryDebits }];

export const journalCsvColumns: CsvColumn<JournalEntry>[] = [
  { header: "Number", value: (e) => e.number },
  { header: "Date", value: (e) => e.effectiveDate },
  { header: "Memo", value: (e) => e.memo },
  { header: "Source", value: (e) => entrySourceStyles[e.source].label },
  { header: "Currency", value: (e) => entryDebits(e).map((d) => d.currency).join(" ") },
  // One currency: its debits as a decimal; several (rare): "EUR 10.00; USD 5.00".
  { header: "Amount", value: (e) => { const debits = entryDebits(e); return debits.length === 1 ? debits[0] : debits.map((d) => `${d.currency} ${csvText(d)}`).join("; "); } },
  { header: "Reversed by", value: (e) => e.reversedByNumber },
];
