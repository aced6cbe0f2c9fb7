import type { ReactNode } from "react";

export function PageHeader({ title, description, actions, eyebrow }: { title: string; description?: ReactNode; actions?: ReactNode; eyebrow?: string }) {
  return (
    <div className="flex items-end justify-between gap-4 border-b border-zinc-200 bg-white px-6 py-4">
      <div className="min-w-0">
        {eyebrow ? <p className="text-xs font-medium text-zinc-500">{eyebrow}</p> : null}
        <h1 className="text-lg font-semibold tracking-tight text-zinc-900">{title}</h1>
        {description ? <p className="mt-0.5 max-w-3xl text-[13px] text-zinc-500">{description}</p> : null}
      </div>
      {actions ? <div className="flex shrink-0 items-center gap-2">{actions}</div> : null}
    </div>
  );
}
