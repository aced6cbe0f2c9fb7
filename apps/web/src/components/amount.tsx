"use client";

import { useLocalDisplay } from "@/components/ui/organization-formats";
import { cn } from "@/lib/cn";

/**
 * An amount in minor units, written in the organization's number format ("1.234,56 EUR"), in
 * tabular figures; negative amounts in red. A client component, so server pages render it with
 * the same formats as the browser (no hydration mismatch).
 */
export function Amount({ minor, currency, className, withCurrency = true }: { minor: bigint; currency: string; className?: string; withCurrency?: boolean }) {
  const display = useLocalDisplay();
  return <span className={cn("tabular-nums", minor < 0n && "text-red-700", className)}>{display.amount(minor, currency, { withCurrency })}</span>;
}
