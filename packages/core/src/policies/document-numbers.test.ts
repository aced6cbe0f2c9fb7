import { describe, expect, it } from "vitest";
import { documentNumberFormat, formatDocumentNumber, movementNumber } from "./document-numbers";

describe("document numbers", () => {
  it("are the kind's prefix, the year and the zero-padded sequence", () => {
    expect(formatDocumentNumber("charge", 2026, 1)).toBe("CH-2026-00001");
    expect(formatDocumentNumber("charge", 2026, 42)).toBe("CH-2026-00042");
    expect(formatDocumentNumber("journalEntry", 2031, 7n)).toBe("JE-2031-000007");
  });

  it("never cut a sequence longer than the width", () => {
    expect(formatDocumentNumber("charge", 2026, 1_234_567)).toBe("CH-2026-1234567");
    expect(formatDocumentNumber("journalEntry", 2026, 12_345_678n)).toBe("JE-2026-12345678");
  });

  it("hand the repository the year's prefix and the width, for numbering in SQL", () => {
    expect(documentNumberFormat("journalEntry", 2026)).toEqual({ prefix: "JE-2026-", width: 6 });
    expect(documentNumberFormat("charge", 1999)).toEqual({ prefix: "CH-1999-", width: 5 });
  });

  it("refuse a sequence below 1 or a year that is not a calendar year", () => {
    expect(() => formatDocumentNumber("charge", 2026, 0)).toThrow(RangeError);
    expect(() => formatDocumentNumber("charge", 2026, -3n)).toThrow(RangeError);
    expect(() => formatDocumentNumber("charge", 2026, 1.5)).toThrow(RangeError);
    expect(() => documentNumberFormat("journalEntry", 0)).toThrow(RangeError);
    expect(() => documentNumberFormat("journalEntry", 20260)).toThrow(RangeError);
  });
});

describe("movementNumber", () => {
  it("is MV-, the effective date's year (UTC) and the sequence in six digits", () => {
    expect(movementNumber(new Date("2026-03-05T00:00:00Z"), 42n)).toBe("MV-2026-000042");
    expect(movementNumber(new Date("2025-12-31T23:59:59Z"), 1n)).toBe("MV-2025-000001");
  });

  it("keeps every digit of a sequence past six", () => {
    expect(movementNumber(new Date("2026-01-01T00:00:00Z"), 1_234_567n)).toBe("MV-2026-1234567");
  });
});
