import { describe, expect, it } from "vitest";
import { csvText, decimalFromMinor, quoteCsvField, toCsv, type CsvColumn } from "@/lib/csv";

describe("decimalFromMinor", () => {
  it("writes minor units exactly, with the currency's decimals", () => {
    expect(decimalFromMinor(125000n, 2)).toBe("1250.00");
    expect(decimalFromMinor(5n, 2)).toBe("0.05");
    expect(decimalFromMinor(-123456n, 2)).toBe("-1234.56");
    expect(decimalFromMinor(5n, 3)).toBe("0.005");
    expect(decimalFromMinor(1234n, 0)).toBe("1234");
    expect(decimalFromMinor(0n, 2)).toBe("0.00");
  });

  it("keeps amounts beyond a double's precision exact", () => {
    // 2^53 + 1 minor units: a float would print ...992.
    expect(decimalFromMinor(9_007_199_254_740_993n, 2)).toBe("90071992547409.93");
  });
});

describe("csvText", () => {
  it("writes dates as YYYY-MM-DD, money by its currency's digits, nothing as empty", () => {
    expect(csvText(new Date("2026-11-23T00:00:00Z"))).toBe("2026-11-23");
    expect(csvText({ minor: 1000n, currency: "JPY" })).toBe("1000");
    expect(csvText({ minor: 1000n, currency: "EUR" })).toBe("10.00");
    expect(csvText({ minor: 1000n, currency: "BHD" })).toBe("1.000");
    expect(csvText(null)).toBe("");
    expect(csvText(undefined)).toBe("");
    expect(csvText(true)).toBe("true");
  });

  it("defuses text a spreadsheet would run as a formula", () => {
    expect(csvText("=SUM(A1:A9)")).toBe("'=SUM(A1:A9)");
    expect(csvText("@cmd")).toBe("'@cmd");
    expect(csvText("Plain text")).toBe("Plain text");
  });
});

describe("quoteCsvField", () => {
  it("quotes commas, quotes, line breaks and edge spaces, doubling quotes", () => {
    expect(quoteCsvField("plain")).toBe("plain");
    expect(quoteCsvField("a,b")).toBe('"a,b"');
    expect(quoteCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(quoteCsvField("two\nlines")).toBe('"two\nlines"');
    expect(quoteCsvField("cr\r")).toBe('"cr\r"');
    expect(quoteCsvField(" padded")).toBe('" padded"');
    expect(quoteCsvField("")).toBe("");
  });
});

describe("toCsv", () => {
  interface Row {
    number: string;
    customer: string;
    amountMinor: bigint;
    currency: string;
    due: Date | null;
  }
  const columns: CsvColumn<Row>[] = [
    { header: "Number", value: (r) => r.number },
    { header: "Customer", value: (r) => r.customer },
    { header: "Amount", value: (r) => ({ minor: r.amountMinor, currency: r.currency }) },
    { header: "Currency", value: (r) => r.currency },
    { header: "Due", value: (r) => r.due },
  ];

  it("writes a header and one CRLF-terminated line per row", () => {
    const csv = toCsv(columns, [
      { number: "CH-2026-1", customer: 'Contoso "Retail", GmbH', amountMinor: 125000n, currency: "EUR", due: new Date("2026-12-31T00:00:00Z") },
      { number: "CH-2026-2", customer: "Tailspin", amountMinor: -5n, currency: "EUR", due: null },
    ]);
    expect(csv).toBe(['Number,Customer,Amount,Currency,Due', 'CH-2026-1,"Contoso ""Retail"", GmbH",1250.00,EUR,2026-12-31', "CH-2026-2,Tailspin,-0.05,EUR,", ""].join("\r\n"));
  });

  it("writes only the header for no rows", () => {
    expect(toCsv(columns, [])).toBe("Number,Customer,Amount,Currency,Due\r\n");
  });
});
