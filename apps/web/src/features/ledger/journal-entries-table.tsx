"use client";

import { LocalDataTable } from "@/components/data-table/local-data-table";
import { journalColumns, type JournalEntry } from "@/features/ledger/journal-entry-columns";

/**
 * Journal entries a document posted (a charge's issue, payments, credit notes): the journal's own
 * columns, sortable. No total: an issue, its payments and credit notes do not add up to anything.
 */
export function JournalEntriesTable({ entries, caption = "Journal entries" }: { entries: JournalEntry[]; caption?: string }) {
  return (
    <LocalDataTable
      caption={caption}
      columns={journalColumns}
      data={entries}
      getRowId={(entry) => entry.id}
      noun={{ one: "entry", other: "entries" }}
      className="rounded-none border-0 shadow-none"
    />
  );
}
