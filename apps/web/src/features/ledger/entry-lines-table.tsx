import { formatMinor } from "@closebook/core";
import Link from "next/link";
import type { JournalEntry } from "@/features/ledger/journal-entries-table";
import { DataTable, Td, Th, TotalRow } from "@/components/ui/table";

/** An entry's lines: account (to its ledger), memo, debit, credit, with totals per currency. */
export function EntryLinesTable({ entry }: { entry: Pick<JournalEntry, "number" | "lines"> }) {
  const totals = new Map<string, { debit: bigint; credit: bigint }>();
  for (const line of entry.lines) {
    const total = totals.get(line.currency) ?? { debit: 0n, credit: 0n };
    totals.set(line.currency, { debit: total.debit + line.debitMinor, credit: total.credit + line.creditMinor });
  }
  return (
    <DataTable caption={`Lines of ${entry.number}`}>
      <thead>
        <tr>
          <Th className="w-10">#</Th>
          <Th className="w-20">Account</Th>
          <Th>Name</Th>
          <Th>Memo</Th>
          <Th align="right" className="w-36">
            Debit
          </Th>
          <Th align="right" className="w-36">
            Credit
          </Th>
        </tr>
      </thead>
      <tbody>
        {entry.lines.map((line) => (
          <tr key={line.id} data-account-code={line.accountCode}>
            <Td className="text-zinc-400 tabular-nums">{line.lineNo}</Td>
            <Td className="font-mono">
              <Link href={`/ledger/accounts/${line.accountId}`} className="text-brand-600 hover:underline">
                {line.accountCode}
              </Link>
            </Td>
            <Td className="font-medium text-zinc-900">{line.accountName}</Td>
            <Td className="text-zinc-600">{line.memo ?? ""}</Td>
            <Td numeric>{line.debitMinor > 0n ? formatMinor(line.debitMinor, line.currency) : ""}</Td>
            <Td numeric>{line.creditMinor > 0n ? formatMinor(line.creditMinor, line.currency) : ""}</Td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        {[...totals].map(([currency, total]) => (
          <TotalRow key={currency}>
            <Td colSpan={4} className="text-right text-xs text-zinc-500">
              Total {currency}
            </Td>
            <Td numeric>{formatMinor(total.debit, currency)}</Td>
            <Td numeric>{formatMinor(total.credit, currency)}</Td>
          </TotalRow>
        ))}
      </tfoot>
    </DataTable>
  );
}
