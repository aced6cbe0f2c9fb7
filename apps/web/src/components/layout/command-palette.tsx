"use client";

import { Building2, FilePlus2, Plus, Send, UserPlus, type LucideIcon } from "lucide-react";
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

/** The quick actions a person's permissions allow (the API decides anyway). */
function quickActionsFor(permissions: readonly string[]): QuickAction[] {
  const actions: QuickAction[] = [];
  if (permissions.includes("charges.create")) actions.push({ label: "New charge", href: "/charges?new=1", icon: Plus });
  if (permissions.includes("movements.request")) actions.push({ label: "Request a movement", href: "/movements?new=1", icon: Send });
  if (permissions.includes("ledger.post")) actions.push({ label: "New journal entry", href: "/ledger/new", icon: FilePlus2 });
  if (permissions.includes("members.manage")) actions.push({ label: "Invite a member", href: "/settings/members", icon: UserPlus });
  actions.push({ label: "Create an organization", href: "/organizations/new", icon: Building2 });
  return actions;
}

/** The palette itself (cmdk in a dialog), loaded the first time it opens. */
export default function CommandPalette({ permissions, open, onOpenChange }: { permissions: readonly string[]; open: boolean; onOpenChange: (open: boolean) => void }) {
  const router = useRouter();
  const actions = quickActionsFor(permissions);
  const [typed, setTyped] = useState("");
  const search = useSearch(typed, open && permissions.includes("search.read"));
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
          {actions.map((action) => (
            <CommandItem key={action.href} value={`action ${action.label}`} onSelect={() => go(action.href)}>
              <action.icon />
              {action.label}
            </CommandItem>
          ))}
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
