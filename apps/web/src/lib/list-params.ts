import { calendarDateProblem } from "@closebook/core";
import { createParser, parseAsInteger, type inferParserType, type ParserMap } from "nuqs/server";
import type { SortingState } from "@tanstack/react-table";

/**
 * The URL state every list shares (its filters come from the list's own schema): the sort as
 * `sort=amount.desc` and the page size as `size=50`. Plain parsers, usable by server pages too.
 */
export const parseAsSort = createParser<SortingState>({
  parse(value) {
    const sorting: SortingState = [];
    for (const part of value.split(",")) {
      const match = /^([A-Za-z][\w-]*)\.(asc|desc)$/.exec(part);
      if (match?.[1]) sorting.push({ id: match[1], desc: match[2] === "desc" });
    }
    return sorting.length ? sorting : null;
  },
  serialize: (sorting) => sorting.map((sort) => `${sort.id}.${sort.desc ? "desc" : "asc"}`).join(","),
  eq: (a, b) => a.length === b.length && a.every((sort, i) => sort.id === b[i]?.id && sort.desc === b[i]?.desc),
});

export const pageSizes = [10, 25, 50, 100] as const;

export const listViewParsers = {
  sort: parseAsSort.withDefault([]),
  size: parseAsInteger.withDefault(25),
};

/** A `YYYY-MM-DD` filter: what core's `calendarDate` accepts, else as if absent. */
export const parseAsCalendarDate = createParser<string>({
  parse: (value) => (calendarDateProblem(value) === null ? value : null),
  serialize: (value) => value,
});

/** The filters of a list as the URL holds them (null for "any"). */
export type FilterValues<P extends ParserMap> = { [K in keyof P]: inferParserType<P[K]> };

/**
 * An on/off switch in the URL, such as `?new=1` (the form for a new one open): "1" and "true"
 * are on, anything else off; written as "1", so the links the app makes and the ones it reads agree.
 */
export const parseAsFlag = createParser<boolean>({
  parse: (value) => (value === "1" || value === "true" ? true : null),
  serialize: (value) => (value ? "1" : "0"),
});
