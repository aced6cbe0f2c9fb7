import { useId, type ReactNode } from "react";
import { cn } from "@/lib/cn";

/** A white card with a titled header: the building block of dashboards and detail pages. */
export function Panel({ title, actions, className, bodyClassName, children }: { title: string; actions?: ReactNode; className?: string; bodyClassName?: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={cn("overflow-clip rounded-lg border border-zinc-200 bg-white shadow-xs", className)}>
      <div className="flex min-h-10 items-center justify-between gap-3 border-b border-zinc-100 px-4 py-2">
        <h2 id={id} className="text-[13px] font-semibold text-zinc-900">
          {title}
        </h2>
        {actions ? <div className="flex items-center gap-2">{actions}</div> : null}
      </div>
      <div className={bodyClassName}>{children}</div>
    </section>
  );
}

/** Text inside a panel or table when there is nothing (yet) to show. */
export function EmptyMessage({ children, className }: { children: ReactNode; className?: string }) {
  return <p className={cn("px-4 py-8 text-center text-[13px] text-zinc-500", className)}>{children}</p>;
}
