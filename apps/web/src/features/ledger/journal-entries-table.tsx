"use client";

import { LocalDataTable } from "@/components/data-table/local-data-table";
import { journalColumns, journalTotals, type JournalEntry } from "@/features/ledger/journal-entry-columns";

export type { JournalEntry } from "@/features/ledger/journal-entry-columns";

/**
 * Journal entries a document posted (a charge's issue, payments, credit notes): the journal's own
 * columns, sortable, with the amount total per currency.
 */
export function JournalEntriesTable({ entries, caption = "Journal entries" }: { entries: JournalEntry[]; caption?: string }) {
  return (
    <LocalDataTable
      caption={caption}
      columns={journalColumns}
      data={entries}
      getRowId={(entry) => entry.id}
      noun={{ one: "entry", other: "entries" }}
      totals={journalTotals}
      className="rounded-none border-0 shadow-none"
    />
  );
}
