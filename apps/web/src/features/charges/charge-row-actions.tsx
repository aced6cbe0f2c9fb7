"use client";

import { MoreHorizontal } from "lucide-react";
import { useRouter } from "next/navigation";
import type { ActionVerdict } from "@closebook/core";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";

export type ChargeActionName = "issue" | "recordPayment" | "editDraft" | "discardDraft" | "creditNote" | "void";

/** The charge's actions in the order lists and the page offer them, with each one's label. */
export const chargeActionLabels: [ChargeActionName, string][] = [
  ["issue", "Issue charge"],
  ["recordPayment", "Record payment"],
  ["editDraft", "Edit draft"],
  ["discardDraft", "Discard draft"],
  ["creditNote", "Issue a credit note"],
  ["void", "Void charge"],
];

/**
 * A list row's actions menu, from the server's `allowedActions`: an allowed one opens the charge
 * with that action's form (`?action=`); a refused one is disabled with the server's reason.
 */
export function ChargeRowActions({ chargeId, label, allowedActions }: { chargeId: string; label: string; allowedActions: Record<ChargeActionName, ActionVerdict> }) {
  const router = useRouter();
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="icon-sm" aria-label={`Actions for ${label}`}>
          <MoreHorizontal />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-72">
        <DropdownMenuLabel>{label}</DropdownMenuLabel>
        <DropdownMenuSeparator />
        {chargeActionLabels.map(([action, text]) => {
          const verdict = allowedActions[action];
          return verdict.allowed ? (
            <DropdownMenuItem key={action} onSelect={() => router.push(`/charges/${chargeId}?action=${action}`)}>
              {text}
            </DropdownMenuItem>
          ) : (
            <DropdownMenuItem key={action} disabled className="h-auto flex-col items-start gap-0 py-1">
              <span>{text}</span>
              <span className="text-xs text-zinc-500">{verdict.reason}</span>
            </DropdownMenuItem>
          );
        })}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
