/** The search procedure's DTO, declared once. */
import { z } from "zod";
import { wire } from "../fields";
import { searchResultTypes, type SearchResult } from "../search/rank-search-hits";
import type { Expect, Same } from "../shared/type-check";

export const searchResultSchema = z.object({
  type: z.enum(searchResultTypes),
  id: wire.text(),
  title: wire.text(),
  subtitle: wire.text(),
  link: wire.text(),
});

export const searchResultsSchema = z.object({ term: wire.text(), results: z.array(searchResultSchema) });

type _Checks = [Expect<Same<z.infer<typeof searchResultSchema>, SearchResult>>];
