import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { detectStatementFormat, readStatementFile } from "./read-statement-file";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("detectStatementFormat", () => {
  it("recognizes camt.053 by its XML document, with or without a byte-order mark or a namespace prefix", () => {
    const file = new Uint8Array(readFileSync(new URL("./fixtures/camt053/v02-two-accounts.xml", import.meta.url)));
    expect(detectStatementFormat(file)).toBe("camt.053");
    expect(detectStatementFormat(new Uint8Array([0xef, 0xbb, 0xbf, ...file]))).toBe("camt.053");
    expect(detectStatementFormat(bytes('<camt:Document xmlns:camt="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"/>'))).toBe("camt.053");
  });

  it("recognizes OFX 1.x by its header and OFX 2.x by its processing instruction or element", () => {
    expect(detectStatementFormat(bytes("OFXHEADER:100\r\nDATA:OFXSGML\r\nVERSION:102\r\nCHARSET:1252\r\n\r\n<OFX>\r\n<SIGNONMSGSRSV1>"))).toBe("ofx");
    expect(detectStatementFormat(bytes('<?xml version="1.0" encoding="UTF-8"?>\n<?OFX OFXHEADER="200" VERSION="220"?>\n<OFX></OFX>'))).toBe("ofx");
    expect(detectStatementFormat(bytes("<OFX>\n<BANKMSGSRSV1>"))).toBe("ofx");
  });

  it("recognizes MT940 by its :20: field, also after SWIFT header blocks", () => {
    expect(detectStatementFormat(bytes(":20:STARTUMS\r\n:25:DE89370400440532013000\r\n:28C:1/1\r\n"))).toBe("mt940");
    expect(detectStatementFormat(bytes("{1:F01BANKDEFFAXXX0000000000}{2:O9401200260617BANKDEFFAXXX00000000002606171200N}{4:\r\n:20:REF1\r\n"))).toBe("mt940");
  });

  it("reads anything else as CSV", () => {
    expect(detectStatementFormat(bytes("Date;Amount;Text\n17.06.2026;-18,15;Coffee\n"))).toBe("csv");
  });
});

describe("readStatementFile", () => {
  it("reads a camt.053 file through its reader", () => {
    const result = readStatementFile(new Uint8Array(readFileSync(new URL("./fixtures/camt053/v04-batched.xml", import.meta.url))));
    expect(result.ok && result.format).toBe("camt.053");
    expect(result.ok && result.statements[0]?.lines.map((l) => l.amount)).toEqual([10000n, 25050n, 4950n, 10000n, -1000n]);
  });

  it("passes the camt reader's problems on", () => {
    const result = readStatementFile(new Uint8Array(readFileSync(new URL("./fixtures/camt053/no-statement.xml", import.meta.url))));
    expect(result).toEqual({ ok: false, format: "camt.053", problems: [expect.objectContaining({ message: "The file holds no statement (no Stmt element in BkToCstmrStmt)." })] });
  });

  it("says so when the format's reader is not registered yet, and honours the chosen format", () => {
    expect(readStatementFile(bytes(":20:REF\r\n"))).toEqual({ ok: false, format: "mt940", problems: [{ location: {}, message: "The MT940 statement reader is not registered." }] });
    expect(readStatementFile(bytes(":20:REF\r\n"), { format: "csv" })).toEqual({ ok: false, format: "csv", problems: [{ location: {}, message: "The CSV statement reader is not registered." }] });
  });
});
