import type { ComponentProps } from "react";
import { useLocalAmounts } from "@/components/ui/organization-formats";
import { cn } from "@/lib/cn";

/** The look shared by text inputs, native selects and text areas; invalid controls turn red. */
export const controlClass =
  "block h-8 w-full rounded-md border border-zinc-300 bg-white px-2.5 text-[13px] text-zinc-900 shadow-xs transition-colors placeholder:text-zinc-400 focus:border-brand-500 focus:ring-2 focus:ring-brand-500/30 focus:outline-none disabled:bg-zinc-50 disabled:text-zinc-500 aria-invalid:border-red-400 aria-invalid:focus:border-red-500";

export function Input({ className, ...props }: ComponentProps<"input">) {
  return <input className={cn(controlClass, className)} {...props} />;
}

/** A typed amount: decimal keyboard, right-aligned, the currency's decimals in the organization's number format as placeholder. */
export function AmountInput({ digits = 2, className, ...props }: ComponentProps<"input"> & { digits?: number }) {
  const amounts = useLocalAmounts();
  return <Input inputMode="decimal" autoComplete="off" placeholder={amounts.placeholder(digits)} className={cn("text-right tabular-nums", className)} {...props} />;
}

export function Textarea({ className, ...props }: ComponentProps<"textarea">) {
  return <textarea className={cn(controlClass, "h-auto min-h-16 py-1.5", className)} {...props} />;
}
