import { describe, expect, it } from "vitest";
import { movementNumber } from "./document-numbers";

describe("movementNumber", () => {
  it("is MV-, the effective date's year (UTC) and the sequence in six digits", () => {
    expect(movementNumber(new Date("2026-03-05T00:00:00Z"), 42n)).toBe("MV-2026-000042");
    expect(movementNumber(new Date("2025-12-31T23:59:59Z"), 1n)).toBe("MV-2025-000001");
  });

  it("keeps every digit of a sequence past six", () => {
    expect(movementNumber(new Date("2026-01-01T00:00:00Z"), 1_234_567n)).toBe("MV-2026-1234567");
  });
});
