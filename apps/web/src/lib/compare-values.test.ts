import { describe, expect, it } from "vitest";
import { compareValues } from "@/lib/compare-values";

describe("compareValues", () => {
  it("orders amounts in minor units exactly, beyond a double's precision", () => {
    expect(compareValues(9_007_199_254_740_993n, 9_007_199_254_740_992n)).toBe(1);
    expect(compareValues(-5n, 3n)).toBe(-1);
    expect(compareValues(7n, 7n)).toBe(0);
  });

  it("orders dates by time and text naturally", () => {
    expect(compareValues(new Date("2026-01-02"), new Date("2026-01-01"))).toBeGreaterThan(0);
    expect(compareValues("CH-2026-2", "CH-2026-10")).toBeLessThan(0);
    expect(compareValues("apple", "Banana")).toBeLessThan(0);
  });

  it("puts empty values last", () => {
    const sorted = ["b", null, "a", "", undefined].sort(compareValues);
    expect(sorted.slice(0, 2)).toEqual(["a", "b"]);
  });
});
