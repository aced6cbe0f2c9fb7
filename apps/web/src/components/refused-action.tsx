"use client";

import type { ActionVerdict } from "@closebook/core";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";

export type Refused = Extract<ActionVerdict, { allowed: false }>;

/**
 * An action the server refused: its button, disabled, with the server's sentence beside it (and
 * as its tooltip). `compact` (a list row) shows the sentence only as the tooltip and the
 * accessible description.
 */
export function RefusedAction({ label, verdict, compact = false }: { label: string; verdict: Refused; compact?: boolean }) {
  const id = useId();
  return (
    <div className={compact ? "inline-flex" : "flex flex-col gap-1"} data-refused-action={label} data-code={verdict.code}>
      <Tooltip>
        <TooltipTrigger asChild>
          {/* A disabled button fires no pointer events: the wrapper carries the tooltip. */}
          <span tabIndex={0} className="inline-flex rounded-md focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:outline-none" aria-describedby={id}>
            <Button size={compact ? "sm" : "md"} disabled aria-describedby={id} className={compact ? undefined : "w-full"}>
              {label}
            </Button>
          </span>
        </TooltipTrigger>
        <TooltipContent className="max-w-72">{verdict.reason}</TooltipContent>
      </Tooltip>
      <p id={id} className={compact ? "sr-only" : "text-xs text-zinc-500"}>
        {verdict.reason}
      </p>
    </div>
  );
}
