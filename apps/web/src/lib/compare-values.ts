/**
 * Ascending order of two cell values of the same column: bigints (amounts in minor units) and
 * numbers numerically, dates by time, booleans false first, text in natural order ("CH-2" before
 * "CH-10"); an empty value (null, undefined, "") sorts after any other.
 */
export function compareValues(a: unknown, b: unknown): number {
  const emptyA = a === null || a === undefined || a === "";
  const emptyB = b === null || b === undefined || b === "";
  if (emptyA || emptyB) return emptyA === emptyB ? 0 : emptyA ? 1 : -1;
  if (typeof a === "bigint" && typeof b === "bigint") return a === b ? 0 : a < b ? -1 : 1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  return collator.compare(String(a), String(b));
}

const collator = new Intl.Collator("en", { numeric: true, sensitivity: "base" });
