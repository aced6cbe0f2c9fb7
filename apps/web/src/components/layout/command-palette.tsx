"use client";

import type { WorkspaceAction, WorkspaceActions } from "@closebook/core";
import { BookPlus, Building2, Landmark, FilePlus2, Plus, Send, SlidersHorizontal, Type, UserPlus, UsersRound, type LucideIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { areaIcons } from "@/components/layout/sidebar-nav";
import { CommandDialog, CommandEmpty, CommandGroup, CommandInput, CommandItem, CommandList, CommandSeparator } from "@/components/ui/command";
import { SearchResultGroups, minimumSearchLength, useSearch } from "@/features/search/search-results";
import { areas } from "@/lib/navigation";

/** A quick action of the palette: where it goes (a page, or a list with its form open). */
interface QuickAction {
  label: string;
  href: string;
  icon: LucideIcon;
}

/** The quick actions, each the start of one top-level action; whether it is allowed is the server's verdict. */
const quickActions: { action: WorkspaceAction; quick: QuickAction }[] = [
  { action: "createCharge", quick: { label: "New charge", href: "/charges?new=1", icon: Plus } },
  { action: "requestMovement", quick: { label: "Request a movement", href: "/movements?new=1", icon: Send } },
  { action: "postJournalEntry", quick: { label: "New journal entry", href: "/ledger/new", icon: FilePlus2 } },
  { action: "createCounterparty", quick: { label: "New customer", href: "/charges/customers?new=1", icon: UsersRound } },
  { action: "createCounterparty", quick: { label: "New vendor", href: "/movements/vendors?new=1", icon: UsersRound } },
  { action: "createAccount", quick: { label: "New account", href: "/ledger/accounts", icon: BookPlus } },
  { action: "createBankAccount", quick: { label: "New bank account", href: "/bank-accounts?new=1", icon: Landmark } },
  { action: "inviteMember", quick: { label: "Invite a member", href: "/settings/members", icon: UserPlus } },
  { action: "updateApprovalPolicy", quick: { label: "Edit the approval policy", href: "/settings", icon: SlidersHorizontal } },
  { action: "updateOrganizationFormats", quick: { label: "Edit date and number formats", href: "/settings/formats", icon: Type } },
];

/** Anyone signed in may start an organization of their own. */
const createOrganization: QuickAction = { label: "Create an organization", href: "/organizations/new", icon: Building2 };

/** The palette itself (cmdk in a dialog), loaded the first time it opens. */
export default function CommandPalette({ actions, open, onOpenChange }: { actions: WorkspaceActions; open: boolean; onOpenChange: (open: boolean) => void }) {
  const router = useRouter();
  const [typed, setTyped] = useState("");
  const search = useSearch(typed, open && actions.search.allowed);
  function go(href: string) {
    onOpenChange(false);
    setTyped("");
    router.push(href);
  }
  return (
    <CommandDialog open={open} onOpenChange={onOpenChange} title="Command palette" description="Search, go to a page or start an action">
      <CommandInput placeholder="Search charges, movements, customers, entries… or go to a page" value={typed} onValueChange={setTyped} />
      <CommandList>
        <CommandEmpty>{search.waiting ? "Searching…" : typed.trim().length < minimumSearchLength ? "Nothing matches." : `Nothing found for “${typed.trim()}”.`}</CommandEmpty>
        <SearchResultGroups term={search.term} results={search.results} onOpen={go} />
        {search.results.length ? <CommandSeparator /> : null}
        <CommandGroup heading="Actions">
          {quickActions
            .filter(({ action }) => actions[action].allowed)
            .map(({ quick }) => (
              <CommandItem key={quick.href} value={`action ${quick.label}`} onSelect={() => go(quick.href)}>
                <quick.icon />
                {quick.label}
              </CommandItem>
            ))}
          <CommandItem value={`action ${createOrganization.label}`} onSelect={() => go(createOrganization.href)}>
            <createOrganization.icon />
            {createOrganization.label}
          </CommandItem>
          {quickActions.map(({ action, quick }) => {
            const verdict = actions[action];
            if (verdict.allowed) return null;
            return (
              // Refused by the server: shown after the allowed ones, not selectable, with its reason.
              <CommandItem key={quick.href} value={`action ${quick.label}`} disabled className="h-auto items-start py-1.5" data-refused={verdict.code}>
                <quick.icon className="mt-0.5" />
                <span className="flex min-w-0 flex-col">
                  <span>{quick.label}</span>
                  <span className="text-xs text-zinc-500">{verdict.reason}</span>
                </span>
              </CommandItem>
            );
          })}
        </CommandGroup>
        <CommandSeparator />
        <CommandGroup heading="Pages">
          {areas.flatMap((area) => {
            const Icon = areaIcons[area.key];
            return [
              <CommandItem key={area.href} value={`page ${area.label}`} onSelect={() => go(area.href)}>
                <Icon />
                {area.label}
              </CommandItem>,
              ...(area.children ?? []).map((child) => (
                <CommandItem key={child.href} value={`page ${area.label} ${child.label}`} onSelect={() => go(child.href)}>
                  <Icon />
                  {area.label} › {child.label}
                </CommandItem>
              )),
            ];
          })}
        </CommandGroup>
      </CommandList>
    </CommandDialog>
  );
}
