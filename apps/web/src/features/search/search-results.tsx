"use client";

import type { RouterOutputs } from "@closebook/api";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { ArrowLeftRight, BookText, Building2, Receipt, type LucideIcon } from "lucide-react";
import { CommandGroup, CommandItem } from "@/components/ui/command";
import { useDebouncedValue } from "@/lib/use-debounced-value";
import { useTRPC } from "@/trpc/react-provider";

export type SearchResult = RouterOutputs["search"]["find"]["results"][number];
type SearchResultType = SearchResult["type"];

/** The shortest term the search takes (core's `searchInput` refuses shorter ones). */
export const minimumSearchLength = 2;

/** The result groups in the order the palette lists them. */
const groups: { type: SearchResultType; heading: string; icon: LucideIcon }[] = [
  { type: "charge", heading: "Charges", icon: Receipt },
  { type: "movement", heading: "Movements", icon: ArrowLeftRight },
  { type: "counterparty", heading: "Customers and vendors", icon: Building2 },
  { type: "journal_entry", heading: "Journal entries", icon: BookText },
];

/** `search.find` for what is typed, once typing pauses and it has at least two characters. */
export function useSearch(typed: string, enabled: boolean) {
  const trpc = useTRPC();
  const term = useDebouncedValue(typed.trim(), 200);
  const active = enabled && term.length >= minimumSearchLength;
  const query = useQuery({ ...trpc.search.find.queryOptions({ term }, { enabled: active }), placeholderData: keepPreviousData, staleTime: 10_000 });
  const waiting = enabled && typed.trim().length >= minimumSearchLength && (term !== typed.trim() || query.isFetching);
  return { term, results: active ? (query.data?.results ?? []) : [], waiting, error: active ? query.error : null };
}

/** The results grouped by type, each item going to its page. */
export function SearchResultGroups({ term, results, onOpen }: { term: string; results: SearchResult[]; onOpen: (href: string) => void }) {
  return (
    <>
      {groups.map(({ type, heading, icon: Icon }) => {
        const items = results.filter((r) => r.type === type);
        if (items.length === 0) return null;
        return (
          <CommandGroup key={type} heading={heading}>
            {items.map((result) => (
              // The term is part of the value, so cmdk's own filter keeps what the server found.
              <CommandItem key={`${type}-${result.id}`} value={`result ${type} ${result.id} ${term} ${result.title}`} keywords={[term]} onSelect={() => onOpen(result.link)} className="h-auto py-1.5" data-search-result={type}>
                <Icon />
                <span className="flex min-w-0 flex-col">
                  <span className="truncate font-medium">{result.title}</span>
                  {result.subtitle ? <span className="truncate text-xs text-zinc-500">{result.subtitle}</span> : null}
                </span>
              </CommandItem>
            ))}
          </CommandGroup>
        );
      })}
    </>
  );
}
