import { formatDate, today } from "@closebook/core";
import type { Metadata } from "next";
import Link from "next/link";
import { ManualEntryForm } from "@/features/ledger/manual-entry-form";
import { PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { getActions, requireMe } from "@/server/session";
import { HydrateClient, prefetch } from "@/trpc/hydrate-client";
import { trpc } from "@/trpc/server-caller";

export const metadata: Metadata = { title: "New journal entry" };

export default async function NewJournalEntryPage() {
  await requireMe();
  const post = (await getActions())?.postJournalEntry;
  const canPost = post?.allowed === true;
  if (canPost) await prefetch(trpc.accounts.list.queryOptions({}));
  return (
    <>
      <PageHeader
        eyebrow="Ledger"
        title="New journal entry"
        description="A manual, adjusting entry: at least two lines, debits equal to credits in each currency, dated in an open period."
      />
      <div className="max-w-6xl p-6">
        {canPost ? (
          <HydrateClient>
            <ManualEntryForm defaultDate={formatDate(today())} />
          </HydrateClient>
        ) : (
          <Alert tone="info" title="You cannot post manual entries">
            {post && !post.allowed ? `${post.reason} ` : null}Charges and movements post their own entries;{" "}
            <Link href="/ledger" className="font-medium text-brand-600 hover:underline">
              see the journal
            </Link>
            .
          </Alert>
        )}
      </div>
    </>
  );
}
