import { z } from "zod";
import { entityId } from "../fields";

/** Cursor pagination: `cursor` is the id of the last item of the previous page. */
export const pageInput = {
  limit: z.number().int().min(1).max(200).default(50),
  cursor: entityId("Not a valid cursor.").optional(),
};

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export function pageOf<T extends { id: string }>(items: T[], limit: number): Page<T> {
  return { items, nextCursor: items.length === limit ? (items[items.length - 1]?.id ?? null) : null };
}
