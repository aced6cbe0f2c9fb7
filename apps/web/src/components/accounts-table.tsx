import type { RouterOutputs } from "@closebook/api";
import { formatMinor } from "@closebook/core";
import { accountStatusLabels, accountStatusTones, accountTypeLabels } from "../lib/account-labels";
import { cn } from "../lib/cn";
import { Badge } from "./ui/badge";

export type AccountRow = RouterOutputs["accounts"]["list"][number];

const th = "sticky top-12 z-10 border-b border-zinc-200 bg-zinc-50 px-3 py-2 text-left text-[11px] font-medium tracking-wide text-zinc-500 uppercase";
const td = "px-3 py-2 align-middle";

/** The chart of accounts as a dense table; amounts right-aligned in tabular figures. The header row sticks under the app header. */
export function AccountsTable({ accounts }: { accounts: AccountRow[] }) {
  return (
    <table className="w-full border-separate border-spacing-0 text-[13px]">
      <caption className="sr-only">Chart of accounts</caption>
      <thead>
        <tr>
          <th scope="col" className={cn(th, "w-24")}>
            Code
          </th>
          <th scope="col" className={th}>
            Name
          </th>
          <th scope="col" className={cn(th, "w-28")}>
            Type
          </th>
          <th scope="col" className={cn(th, "w-20")}>
            Currency
          </th>
          <th scope="col" className={cn(th, "w-24")}>
            Status
          </th>
          <th scope="col" className={cn(th, "w-48 text-right")}>
            Minimum balance
          </th>
          <th scope="col" className={cn(th, "w-16 text-center")}>
            Bank
          </th>
        </tr>
      </thead>
      <tbody>
        {accounts.map((account) => (
          <tr key={account.id} className="hover:bg-zinc-50">
            <td className={cn(td, "border-b border-zinc-100 font-mono text-zinc-900 tabular-nums")}>{account.code}</td>
            <td className={cn(td, "border-b border-zinc-100 font-medium text-zinc-900")}>{account.name}</td>
            <td className={cn(td, "border-b border-zinc-100 text-zinc-600")}>{accountTypeLabels[account.type]}</td>
            <td className={cn(td, "border-b border-zinc-100 font-mono text-zinc-600")}>{account.currency}</td>
            <td className={cn(td, "border-b border-zinc-100")}>
              <Badge tone={accountStatusTones[account.status]}>{accountStatusLabels[account.status]}</Badge>
            </td>
            <td className={cn(td, "border-b border-zinc-100 text-right tabular-nums")}>
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
            </td>
            <td className={cn(td, "border-b border-zinc-100 text-center")}>
              {account.isBankAccount ? <Badge tone="blue">Bank</Badge> : <span className="text-zinc-300" aria-label="No">—</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
