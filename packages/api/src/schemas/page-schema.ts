import { wire } from "@closebook/core";
import type { Page } from "@closebook/core";
import { z } from "zod";
import type { Expect, Same } from "./type-check";

/** One page of a list (core's `Page<T>`): `nextCursor` is null on the last page. */
export function pageSchema<Item extends z.ZodType>(item: Item) {
  return z.object({ items: z.array(item), nextCursor: wire.text().nullable() });
}

type StringPage = z.infer<ReturnType<typeof pageSchema<z.ZodString>>>;

type _Checks = [Expect<Same<StringPage, Page<string>>>];
