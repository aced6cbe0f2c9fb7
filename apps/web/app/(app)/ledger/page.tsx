import type { Metadata } from "next";
import Link from "next/link";
import { ComingSoon } from "../../../src/components/coming-soon";
import { requireMe } from "../../../src/server/session";

export const metadata: Metadata = { title: "Ledger" };

export default async function LedgerPage() {
  await requireMe();
  return (
    <ComingSoon areaKey="ledger" headline="Journal entries and account balances are coming in a later release.">
      <p className="text-[13px] text-zinc-600">
        The chart of accounts is ready now:{" "}
        <Link href="/ledger/accounts" className="font-medium text-brand-600 hover:underline">
          open the chart of accounts
        </Link>
        .
      </p>
    </ComingSoon>
  );
}
