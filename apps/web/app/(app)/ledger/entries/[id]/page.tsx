import type { Metadata } from "next";
import { JournalEntryDetail } from "@/features/ledger/journal-entry-detail";
import { allowedActions, requireMe } from "@/server/session";
import { fetchDetail } from "@/trpc/fetch-detail";
import { HydrateClient, prefetch } from "@/trpc/hydrate-client";
import { trpc } from "@/trpc/server-caller";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const entry = await fetchDetail(trpc.ledger.entry.queryOptions({ entryId: id }));
  return { title: entry?.number ?? "Journal entry" };
}

export default async function JournalEntryPage({ params }: { params: Promise<{ id: string }> }) {
  await requireMe();
  const allowed = await allowedActions();
  const { id } = await params;
  const entry = await fetchDetail(trpc.ledger.entry.queryOptions({ entryId: id }));
  if (entry?.reversesEntryId) await prefetch(trpc.ledger.entry.queryOptions({ entryId: entry.reversesEntryId }));
  return (
    <HydrateClient>
      <JournalEntryDetail entryId={id} canReverse={allowed.reverseJournalEntry} />
    </HydrateClient>
  );
}
