import { z } from "zod";
import { searchResultsSchema } from "../dto/search-dto";
import { text } from "../fields";
import { rankSearchHits } from "../search/rank-search-hits";
import { defineQuery } from "../shared/define-use-case";

export const searchInput = z.object({
  term: text({ min: 2, max: 120, message: "Type at least 2 characters to search." }),
  limitPerType: z.number().int().min(1).max(20).default(5),
});
export type SearchInput = z.input<typeof searchInput>;

/**
 * One search over the organization's charges (number, description, customer), movements (number,
 * description), counterparties (name) and journal entries (number, memo): ranked results, at most
 * `limitPerType` of each type.
 */
export const search = defineQuery({
  name: "search",
  permission: "search.read",
  input: searchInput,
  output: searchResultsSchema,
  async run({ db, actor }, input) {
    // More candidates than shown, so that ranking (not recency alone) picks the best of each type.
    const filter = { organizationId: actor.organizationId, term: input.term, limit: input.limitPerType * 4 };
    const [charge, movement, counterparty, journalEntry] = await Promise.all([
      db.read.search.charges(filter),
      db.read.search.movements(filter),
      db.read.search.counterparties(filter),
      db.read.search.journalEntries(filter),
    ]);
    return { term: input.term, results: rankSearchHits({ charge, movement, counterparty, journal_entry: journalEntry }, input.term, input.limitPerType) };
  },
});
