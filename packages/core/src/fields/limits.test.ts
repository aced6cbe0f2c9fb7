import { describe, expect, it } from "vitest";
import { calendarDate } from "./fields";
import { calendarDateProblem } from "./limits";

describe("calendarDateProblem (the zod-free rule the browser's filters use)", () => {
  it("accepts exactly what the calendarDate field accepts, and for text with the same sentence", () => {
    const values: (string | Date)[] = [
      "2026-11-23",
      "1970-01-01",
      "2199-12-31",
      "1969-12-31",
      "2200-01-01",
      "2026-02-29",
      "2024-02-29",
      "2026-13-01",
      "26-11-23",
      "2026-1-5",
      "",
      "2026-11-23T00:00",
      new Date(Date.UTC(2026, 10, 23, 15)),
      new Date(Number.NaN),
      new Date(Date.UTC(1969, 11, 31)),
    ];
    for (const value of values) {
      const parsed = calendarDate.safeParse(value);
      const problem = calendarDateProblem(value);
      expect(problem === null, String(value)).toBe(parsed.success);
      if (!parsed.success && typeof value === "string" && value.length <= 10) expect(parsed.error.issues.map((i) => i.message)).toContain(problem);
    }
  });
});
