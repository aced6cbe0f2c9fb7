import type { Metadata } from "next";
import Link from "next/link";
import { JournalEntriesList } from "@/features/ledger/journal-entries-list";
import { PageHeader } from "@/components/layout/page-header";
import { ButtonLink } from "@/components/ui/button";
import { Plus as PlusIcon } from "lucide-react";
import type { SearchParams } from "nuqs/server";
import { journalListInput, loadJournalFilters } from "@/features/ledger/journal-entry-filters";
import { nextCursor } from "@/lib/query-inputs";
import { allowedActions, requireMe } from "@/server/session";
import { HydrateClient, prefetch, prefetchInfinite } from "@/trpc/hydrate-client";
import { trpc } from "@/trpc/server-caller";

export const metadata: Metadata = { title: "Ledger" };

export default async function LedgerPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireMe();
  const allowed = await allowedActions();
  const filters = await loadJournalFilters(searchParams);
  await Promise.all([
    prefetchInfinite(trpc.ledger.entries.infiniteQueryOptions(journalListInput(filters), { getNextPageParam: nextCursor })),
    prefetch(trpc.accounts.list.queryOptions({})),
  ]);
  return (
    <>
      <PageHeader
        eyebrow="Ledger"
        title="Journal entries"
        description="Every posting of the double-entry ledger, newest first. Charges and movements post here; controllers add manual entries."
        actions={
          <>
            <Link href="/ledger/accounts" className="text-[13px] font-medium text-brand-600 hover:underline">
              Chart of accounts
            </Link>
            {allowed.postJournalEntry ? (
              <ButtonLink href="/ledger/new" variant="primary">
                <PlusIcon className="size-3.5" />
                New entry
              </ButtonLink>
            ) : null}
          </>
        }
      />
      <HydrateClient>
        <JournalEntriesList />
      </HydrateClient>
    </>
  );
}
