import { formatMinor } from "@closebook/core";
import { cn } from "@/lib/cn";

/** An amount in minor units, in tabular figures; negative amounts in red. */
export function Amount({ minor, currency, className, withCurrency = true }: { minor: bigint; currency: string; className?: string; withCurrency?: boolean }) {
  return <span className={cn("tabular-nums", minor < 0n && "text-red-700", className)}>{formatMinor(minor, currency, { withCurrency })}</span>;
}
