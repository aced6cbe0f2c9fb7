/**
 * How search results are ranked and presented: a pure rule over what the repository found, so
 * the same term ranks the same way everywhere.
 */
import type { SearchHit } from "@closebook/db";
import { enumLabel } from "../audit/audit-changes";
import { formatMinor } from "../money";

export const searchResultTypes = ["charge", "movement", "counterparty", "journal_entry"] as const;
export type SearchResultType = (typeof searchResultTypes)[number];

export interface SearchResult {
  type: SearchResultType;
  id: string;
  title: string;
  subtitle: string;
  /** The page of the result in the back office. */
  link: string;
}

/**
 * How well a hit matches (higher is better; 0: the term is not in it at all, e.g. a database
 * wildcard matched): its number exactly, then its number's start, its title's start, a word of its
 * title, anywhere in its title or number, anywhere in its subtitle.
 */
export function searchScore(hit: Pick<SearchHit, "number" | "name" | "detail">, term: string): number {
  const needle = term.toLocaleLowerCase();
  const number = hit.number?.toLocaleLowerCase() ?? "";
  const title = hit.name.toLocaleLowerCase();
  const detail = hit.detail?.toLocaleLowerCase() ?? "";
  if (number && number === needle) return 100;
  if (number.startsWith(needle)) return 80;
  if (title.startsWith(needle)) return 60;
  if (title.split(/[^\p{L}\p{N}]+/u).some((word) => word.startsWith(needle))) return 50;
  if (title.includes(needle) || number.includes(needle)) return 40;
  if (detail.includes(needle)) return 20;
  return 0;
}

function amount(hit: SearchHit): string | null {
  return hit.amountMinor !== null && hit.currency ? formatMinor(hit.amountMinor, hit.currency) : null;
}

function joined(...values: (string | null)[]): string {
  return values.filter((value): value is string => value !== null && value !== "").join(" · ");
}

/** A hit as a result line: its title, subtitle and link. */
export function presentHit(type: SearchResultType, hit: SearchHit): SearchResult {
  const status = hit.status ? enumLabel(hit.status) : null;
  switch (type) {
    case "charge":
      return { type, id: hit.id, title: `${hit.number ?? "Draft charge"} — ${hit.name}`, subtitle: joined(hit.detail, amount(hit), status), link: `/charges/${hit.id}` };
    case "movement":
      return { type, id: hit.id, title: `${hit.number ?? ""} — ${hit.name}`, subtitle: joined(hit.detail ?? "Transfer", amount(hit), status), link: `/movements/${hit.id}` };
    case "counterparty":
      return { type, id: hit.id, title: hit.name, subtitle: joined(status, hit.detail), link: `/counterparties/${hit.id}` };
    case "journal_entry":
      return { type, id: hit.id, title: `${hit.number ?? ""} — ${hit.name}`, subtitle: joined("Journal entry", hit.detail ? enumLabel(hit.detail) : null), link: `/ledger/entries/${hit.id}` };
  }
}

/**
 * The results of a search: per type the best `limitPerType` hits that hold the term, all ranked
 * together by score, then by type (in `searchResultTypes` order), then newest first.
 */
export function rankSearchHits(hits: Record<SearchResultType, SearchHit[]>, term: string, limitPerType: number): SearchResult[] {
  const newestFirst = (a: SearchHit, b: SearchHit) => b.createdAt.getTime() - a.createdAt.getTime();
  const scored = searchResultTypes.flatMap((type, typeOrder) =>
    hits[type]
      .map((hit) => ({ type, typeOrder, hit, score: searchScore(hit, term) }))
      .filter((entry) => entry.score > 0)
      .sort((a, b) => b.score - a.score || newestFirst(a.hit, b.hit))
      .slice(0, limitPerType),
  );
  scored.sort((a, b) => b.score - a.score || a.typeOrder - b.typeOrder || newestFirst(a.hit, b.hit));
  return scored.map(({ type, hit }) => presentHit(type, hit));
}
