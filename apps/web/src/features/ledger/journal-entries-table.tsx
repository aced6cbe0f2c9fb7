import type { RouterOutputs } from "@closebook/api";
import { formatMinor } from "@closebook/core";
import Link from "next/link";
import { formatDay } from "@/lib/format";
import { EntrySourceBadge } from "@/components/status-badges";
import { Badge } from "@/components/ui/badge";
import { DataTable, Td, Th } from "@/components/ui/table";

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
    <DataTable caption={caption}>
      <thead>
        <tr>
          <Th className="w-40">Number</Th>
          <Th className="w-28">Date</Th>
          <Th>Memo</Th>
          <Th className="w-32">Source</Th>
          <Th align="right" className="w-40">
            Amount
          </Th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id} className="hover:bg-zinc-50">
            <Td className="font-mono whitespace-nowrap">
              <Link href={`/ledger/entries/${entry.id}`} className="font-medium text-brand-600 hover:underline">
                {entry.number}
              </Link>
            </Td>
            <Td className="text-zinc-600 tabular-nums">{formatDay(entry.effectiveDate)}</Td>
            <Td className="max-w-96 text-zinc-700">
              <span className="line-clamp-1" title={entry.memo}>
                {entry.memo}
              </span>
              {entry.reversedByNumber ? (
                <Badge tone="red" className="mt-0.5">
                  Reversed by {entry.reversedByNumber}
                </Badge>
              ) : null}
            </Td>
            <Td>
              <EntrySourceBadge source={entry.source} />
            </Td>
            <Td numeric>{entryTotals(entry)}</Td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
