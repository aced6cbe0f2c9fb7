import type { RouterOutputs } from "@closebook/api";
import { formatMinor } from "@closebook/core";
import Link from "next/link";
import { formatDay } from "@/lib/format";
import { EntrySourceBadge } from "@/components/status-badges";
import { Badge } from "@/components/ui/badge";
import { Table, TableCell, TableHead } from "@/components/ui/table";

/** An entry as the table shows it (with or without its allowed actions: the charge page lists plain entries). */
export type JournalEntry = Omit<RouterOutputs["ledger"]["entry"], "allowedActions">;

/** An entry's size: its debits per currency ("2,500.00 EUR"). */
export function entryTotals(entry: Pick<JournalEntry, "lines">): string {
  const totals = new Map<string, bigint>();
  for (const line of entry.lines) totals.set(line.currency, (totals.get(line.currency) ?? 0n) + line.debitMinor);
  return [...totals].map(([currency, total]) => formatMinor(total, currency)).join(" · ");
}

/** Journal entries with links to each: the ledger's list and the entries a document posted. */
export function JournalEntriesTable({ entries, caption = "Journal entries" }: { entries: JournalEntry[]; caption?: string }) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <TableHead className="w-40">Number</TableHead>
          <TableHead className="w-28">Date</TableHead>
          <TableHead>Memo</TableHead>
          <TableHead className="w-32">Source</TableHead>
          <TableHead align="right" className="w-40">
            Amount
          </TableHead>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id} className="hover:bg-zinc-50">
            <TableCell className="font-mono whitespace-nowrap">
              <Link href={`/ledger/entries/${entry.id}`} className="font-medium text-brand-600 hover:underline">
                {entry.number}
              </Link>
            </TableCell>
            <TableCell className="text-zinc-600 tabular-nums">{formatDay(entry.effectiveDate)}</TableCell>
            <TableCell className="max-w-96 text-zinc-700">
              <span className="line-clamp-1" title={entry.memo}>
                {entry.memo}
              </span>
              {entry.reversedByNumber ? (
                <Badge tone="red" className="mt-0.5">
                  Reversed by {entry.reversedByNumber}
                </Badge>
              ) : null}
            </TableCell>
            <TableCell>
              <EntrySourceBadge source={entry.source} />
            </TableCell>
            <TableCell numeric>{entryTotals(entry)}</TableCell>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
