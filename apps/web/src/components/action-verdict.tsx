"use client";

import type { ActionVerdict } from "@closebook/core";
import { useId, type ReactNode } from "react";
import { Button, type ButtonProps } from "@/components/ui/button";

export type { ActionVerdict };

/** Why the server refuses an action, or null when it allows it. */
export function refusalOf(verdict: ActionVerdict): string | null {
  return verdict.allowed ? null : verdict.reason;
}

/**
 * A button for an action the server has a verdict on: enabled when allowed; otherwise disabled,
 * with the server's reason beside it (and as its description), so the web decides nothing.
 */
export function VerdictButton({
  verdict,
  disabled,
  children,
  showReason = true,
  ...props
}: ButtonProps & { verdict: ActionVerdict; children: ReactNode; /** Print the reason under the button (else only its description and tooltip). */ showReason?: boolean }) {
  const reasonId = useId();
  const reason = refusalOf(verdict);
  if (!reason) return <Button disabled={disabled} {...props}>{children}</Button>;
  return (
    <span className="inline-flex flex-col items-start gap-1">
      <Button {...props} disabled aria-describedby={reasonId} title={reason} data-refused={verdict.allowed ? undefined : verdict.code}>
        {children}
      </Button>
      <span id={reasonId} className={showReason ? "max-w-72 text-xs text-zinc-500" : "sr-only"} data-testid="refusal-reason">
        {reason}
      </span>
    </span>
  );
}
