import { formatMinor } from "@closebook/core";
import Link from "next/link";
import type { JournalEntry } from "@/features/ledger/journal-entries-table";
import { Table, TableCell, TableHead, TableTotalRow } from "@/components/ui/table";

/** An entry's lines: account (to its ledger), memo, debit, credit, with totals per currency. */
export function EntryLinesTable({ entry }: { entry: Pick<JournalEntry, "number" | "lines"> }) {
  const totals = new Map<string, { debit: bigint; credit: bigint }>();
  for (const line of entry.lines) {
    const total = totals.get(line.currency) ?? { debit: 0n, credit: 0n };
    totals.set(line.currency, { debit: total.debit + line.debitMinor, credit: total.credit + line.creditMinor });
  }
  return (
    <Table caption={`Lines of ${entry.number}`}>
      <thead>
        <tr>
          <TableHead className="w-10">#</TableHead>
          <TableHead className="w-20">Account</TableHead>
          <TableHead>Name</TableHead>
          <TableHead>Memo</TableHead>
          <TableHead align="right" className="w-36">
            Debit
          </TableHead>
          <TableHead align="right" className="w-36">
            Credit
          </TableHead>
        </tr>
      </thead>
      <tbody>
        {entry.lines.map((line) => (
          <tr key={line.id} data-account-code={line.accountCode}>
            <TableCell className="text-zinc-400 tabular-nums">{line.lineNo}</TableCell>
            <TableCell className="font-mono">
              <Link href={`/ledger/accounts/${line.accountId}`} className="text-brand-600 hover:underline">
                {line.accountCode}
              </Link>
            </TableCell>
            <TableCell className="font-medium text-zinc-900">{line.accountName}</TableCell>
            <TableCell className="text-zinc-600">{line.memo ?? ""}</TableCell>
            <TableCell numeric>{line.debitMinor > 0n ? formatMinor(line.debitMinor, line.currency) : ""}</TableCell>
            <TableCell numeric>{line.creditMinor > 0n ? formatMinor(line.creditMinor, line.currency) : ""}</TableCell>
          </tr>
        ))}
      </tbody>
      <tfoot>
        {[...totals].map(([currency, total]) => (
          <TableTotalRow key={currency}>
            <TableCell colSpan={4} className="text-right text-xs text-zinc-500">
              Total {currency}
            </TableCell>
            <TableCell numeric>{formatMinor(total.debit, currency)}</TableCell>
            <TableCell numeric>{formatMinor(total.credit, currency)}</TableCell>
          </TableTotalRow>
        ))}
      </tfoot>
    </Table>
  );
}
