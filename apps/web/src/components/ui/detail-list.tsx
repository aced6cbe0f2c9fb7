import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

export interface Detail {
  label: string;
  value: ReactNode;
}

/** Label/value pairs of a document (amount, dates, accounts), in a responsive grid. */
export function DetailList({ items, className }: { items: Detail[]; className?: string }) {
  return (
    <dl className={cn("grid grid-cols-1 gap-x-6 gap-y-3 p-4 sm:grid-cols-2 lg:grid-cols-3", className)}>
      {items.map((item) => (
        <div key={item.label} className="min-w-0">
          <dt className="text-xs text-zinc-500">{item.label}</dt>
          <dd className="mt-0.5 text-[13px] break-words text-zinc-900">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
