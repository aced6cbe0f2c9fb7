"use client";

import type { ActionVerdict } from "@closebook/core";
import { useId, type ReactNode } from "react";
import { cn } from "@/lib/cn";
import { Button, type ButtonProps } from "@/components/ui/button";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";

export type { ActionVerdict };

/** Why the server refuses an action, or null when it allows it. */
export function refusalOf(verdict: ActionVerdict): string | null {
  return verdict.allowed ? null : verdict.reason;
}

/**
 * THE button for an action the server has a verdict on (`allowedActions`): enabled when allowed;
 * otherwise disabled, carrying the refusal's code (`data-refused`), described by the server's
 * sentence, which shows as its tooltip and (unless `showReason` is off, e.g. in a page header or a
 * list row) under it. The web decides nothing.
 */
export function VerdictButton({
  verdict,
  disabled,
  children,
  showReason = true,
  fullWidth = false,
  className,
  ...props
}: ButtonProps & {
  verdict: ActionVerdict;
  children: ReactNode;
  /** Print the reason under the button (else only as its description and tooltip). */
  showReason?: boolean;
  /** Fill the width of its column (an actions panel). */
  fullWidth?: boolean;
}) {
  const reasonId = useId();
  const reason = refusalOf(verdict);
  const width = fullWidth ? "w-full" : undefined;
  if (!reason) {
    return (
      <Button disabled={disabled} className={cn(width, className)} {...props}>
        {children}
      </Button>
    );
  }
  return (
    <span className={cn("flex-col items-start gap-1", fullWidth ? "flex" : "inline-flex")}>
      <Tooltip>
        <TooltipTrigger asChild>
          {/* A disabled button fires no pointer events: the wrapper carries the tooltip and takes the focus. */}
          <span tabIndex={0} aria-describedby={reasonId} className={cn("rounded-md focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:outline-none", fullWidth ? "flex w-full" : "inline-flex")}>
            <Button {...props} className={cn(width, className)} disabled aria-describedby={reasonId} data-refused={verdict.allowed ? undefined : verdict.code}>
              {children}
            </Button>
          </span>
        </TooltipTrigger>
        <TooltipContent className="max-w-72">{reason}</TooltipContent>
      </Tooltip>
      <span id={reasonId} className={showReason ? cn("text-xs text-zinc-500", !fullWidth && "max-w-72") : "sr-only"} data-testid="refusal-reason">
        {reason}
      </span>
    </span>
  );
}
