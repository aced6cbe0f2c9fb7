import type { RouterOutputs } from "@closebook/api";
import { displayBalanceMinor, formatMinor, normalSideOf } from "@closebook/core";
import Link from "next/link";
import { accountStatusLabels, accountStatusTones, accountTypeLabels } from "@/lib/account-labels";
import { cn } from "@/lib/cn";
import { Amount } from "@/components/amount";
import { Badge } from "@/components/ui/badge";
import { DataTable, Td, Th } from "@/components/ui/table";

export type AccountRow = RouterOutputs["accounts"]["list"][number];

/** The chart of accounts as a dense table; amounts right-aligned in tabular figures. Each name opens the account's ledger. */
export function AccountsTable({ accounts }: { accounts: AccountRow[] }) {
  return (
    <DataTable caption="Chart of accounts">
      <thead>
        <tr>
          <Th className="w-24">Code</Th>
          <Th>Name</Th>
          <Th className="w-28">Type</Th>
          <Th className="w-20">Currency</Th>
          <Th className="w-24">Status</Th>
          <Th align="right" className="w-40">
            Balance
          </Th>
          <Th align="right" className="w-48">
            Minimum balance
          </Th>
          <Th align="center" className="w-16">
            Bank
          </Th>
        </tr>
      </thead>
      <tbody>
        {accounts.map((account) => (
          <tr key={account.id} className="hover:bg-zinc-50">
            <Td className="font-mono text-zinc-900 tabular-nums">{account.code}</Td>
            <Td className="font-medium text-zinc-900">
              <Link href={`/ledger/accounts/${account.id}`} className="hover:text-brand-700 hover:underline" title={`Open the ledger of ${account.code} ${account.name}`}>
                {account.name}
              </Link>
            </Td>
            <Td className="text-zinc-600">{accountTypeLabels[account.type]}</Td>
            <Td className="font-mono text-zinc-600">{account.currency}</Td>
            <Td>
              <Badge tone={accountStatusTones[account.status]}>{accountStatusLabels[account.status]}</Badge>
            </Td>
            <Td numeric className="text-zinc-900" title={`${normalSideOf(account.type) === "credit" ? "Credit" : "Debit"}-normal: positive when in ${normalSideOf(account.type)}`}>
              <Amount minor={displayBalanceMinor(account.type, account.balanceMinor)} currency={account.currency} withCurrency={false} />
            </Td>
            <Td numeric>
              {account.minimumBalanceMinor === null ? (
                <span className="text-zinc-400" aria-label="None">
                  —
                </span>
              ) : (
                <span className="inline-flex items-center justify-end gap-2">
                  <span className="text-zinc-900">{formatMinor(account.minimumBalanceMinor, account.currency)}</span>
                  <span
                    className={cn("w-10 text-[11px] font-medium", account.minimumBalancePolicy === "block" ? "text-red-600" : "text-amber-700")}
                    title={account.minimumBalancePolicy === "block" ? "Movements below the minimum are blocked" : "Movements below the minimum are warned about"}
                  >
                    {account.minimumBalancePolicy}
                  </span>
                </span>
              )}
            </Td>
            <Td align="center">
              {account.isBankAccount ? <Badge tone="blue">Bank</Badge> : <span className="text-zinc-300" aria-label="No">—</span>}
            </Td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
