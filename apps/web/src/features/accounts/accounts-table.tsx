import type { RouterOutputs } from "@closebook/api";
import { displayBalanceMinor, formatMinor, normalSideOf } from "@closebook/core";
import Link from "next/link";
import { accountStatusLabels, accountStatusTones, accountTypeLabels } from "@/lib/account-labels";
import { cn } from "@/lib/cn";
import { Amount } from "@/components/amount";
import { Badge } from "@/components/ui/badge";
import { Table, TableCell, TableHead } from "@/components/ui/table";

export type AccountRow = RouterOutputs["accounts"]["list"][number];

/** The chart of accounts as a dense table; amounts right-aligned in tabular figures. Each name opens the account's ledger. */
export function AccountsTable({ accounts }: { accounts: AccountRow[] }) {
  return (
    <Table caption="Chart of accounts">
      <thead>
        <tr>
          <TableHead className="w-24">Code</TableHead>
          <TableHead>Name</TableHead>
          <TableHead className="w-28">Type</TableHead>
          <TableHead className="w-20">Currency</TableHead>
          <TableHead className="w-24">Status</TableHead>
          <TableHead align="right" className="w-40">
            Balance
          </TableHead>
          <TableHead align="right" className="w-48">
            Minimum balance
          </TableHead>
          <TableHead align="center" className="w-16">
            Bank
          </TableHead>
        </tr>
      </thead>
      <tbody>
        {accounts.map((account) => (
          <tr key={account.id} className="hover:bg-zinc-50">
            <TableCell className="font-mono text-zinc-900 tabular-nums">{account.code}</TableCell>
            <TableCell className="font-medium text-zinc-900">
              <Link href={`/ledger/accounts/${account.id}`} className="hover:text-brand-700 hover:underline" title={`Open the ledger of ${account.code} ${account.name}`}>
                {account.name}
              </Link>
            </TableCell>
            <TableCell className="text-zinc-600">{accountTypeLabels[account.type]}</TableCell>
            <TableCell className="font-mono text-zinc-600">{account.currency}</TableCell>
            <TableCell>
              <Badge tone={accountStatusTones[account.status]}>{accountStatusLabels[account.status]}</Badge>
            </TableCell>
            <TableCell numeric className="text-zinc-900" title={`${normalSideOf(account.type) === "credit" ? "Credit" : "Debit"}-normal: positive when in ${normalSideOf(account.type)}`}>
              <Amount minor={displayBalanceMinor(account.type, account.balanceMinor)} currency={account.currency} withCurrency={false} />
            </TableCell>
            <TableCell numeric>
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
            </TableCell>
            <TableCell align="center">
              {account.isBankAccount ? <Badge tone="blue">Bank</Badge> : <span className="text-zinc-300" aria-label="No">—</span>}
            </TableCell>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
