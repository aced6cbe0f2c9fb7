import { cva } from "class-variance-authority";
import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

export type BadgeTone = "neutral" | "green" | "amber" | "red" | "blue" | "violet";

export const badgeVariants = cva("inline-flex items-center gap-1 rounded px-1.5 py-px text-[11px] font-medium whitespace-nowrap ring-1 ring-inset", {
  variants: {
    tone: {
      neutral: "bg-zinc-100 text-zinc-700 ring-zinc-200",
      green: "bg-emerald-50 text-emerald-700 ring-emerald-200",
      amber: "bg-amber-50 text-amber-800 ring-amber-200",
      red: "bg-red-50 text-red-700 ring-red-200",
      blue: "bg-sky-50 text-sky-700 ring-sky-200",
      violet: "bg-brand-50 text-brand-700 ring-brand-100",
    } satisfies Record<BadgeTone, string>,
  },
  defaultVariants: { tone: "neutral" },
});

export function Badge({ tone = "neutral", className, children }: { tone?: BadgeTone; className?: string; children: ReactNode }) {
  return <span className={cn(badgeVariants({ tone }), className)}>{children}</span>;
}
