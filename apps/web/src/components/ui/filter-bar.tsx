import type { ReactNode } from "react";

/** The row of filters above a list, with a summary (count, "updating…") and actions on the right. */
export function FilterBar({ children, summary, actions }: { children: ReactNode; summary?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="flex flex-wrap items-end gap-3 border-b border-zinc-200 px-3 py-3">
      {children}
      <div className="ml-auto flex items-center gap-3 pb-0.5">
        {summary !== undefined ? (
          <span className="text-xs text-zinc-500 tabular-nums" aria-live="polite">
            {summary}
          </span>
        ) : null}
        {actions}
      </div>
    </div>
  );
}
