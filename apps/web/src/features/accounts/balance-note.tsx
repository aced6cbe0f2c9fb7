import { normalBalanceNote } from "@closebook/core";
import { cn } from "@/lib/cn";

/** The sign convention of the balances on the page (core's rule), stated once. */
export function BalanceNote({ className }: { className?: string }) {
  return (
    <p className={cn("text-xs text-zinc-500", className)} data-testid="balance-note">
      {normalBalanceNote}
    </p>
  );
}
