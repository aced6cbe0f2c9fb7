import { describe, expect, it } from "vitest";
import { documentNumberFormat, formatDocumentNumber } from "./document-numbers";

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
