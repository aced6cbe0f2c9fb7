import type { BankValue } from "../bank-values";

/** Where decoding failed, so that the error can name the line. */
export type DecodedXml = BankValue<string> & { line?: number };

/** Single-byte encodings an XML declaration may name, mapped to the WHATWG decoder that reads them. */
const SINGLE_BYTE_ENCODINGS: Record<string, string> = {
  "iso-8859-1": "windows-1252",
  "iso8859-1": "windows-1252",
  latin1: "windows-1252",
  "latin-1": "windows-1252",
  "windows-1252": "windows-1252",
  cp1252: "windows-1252",
  "iso-8859-15": "iso-8859-15",
  "iso8859-15": "iso-8859-15",
  "us-ascii": "windows-1252",
  ascii: "windows-1252",
};

/**
 * Decodes an XML file's bytes into text the way its declaration says: UTF-8 by default (with or
 * without a byte-order mark), ISO-8859-1 / windows-1252 / ISO-8859-15 when declared, UTF-16 when
 * it starts with a UTF-16 byte-order mark. Invalid UTF-8 is an error naming its line, never a
 * silently replaced character.
 */
export function decodeXmlBytes(bytes: Uint8Array): DecodedXml {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeStrict(bytes.subarray(3), "utf-8");
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeStrict(bytes.subarray(2), "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeStrict(bytes.subarray(2), "utf-16be");
  // The declaration is ASCII in every encoding read here: read it from the first bytes as Latin-1.
  const head = new TextDecoder("windows-1252").decode(bytes.subarray(0, 200));
  const declared = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([^"']+)["']/i.exec(head)?.[1]?.toLowerCase();
  if (declared === undefined || declared === "utf-8" || declared === "utf8") return decodeStrict(bytes, "utf-8");
  const decoder = SINGLE_BYTE_ENCODINGS[declared];
  if (!decoder) return { ok: false, line: 1, message: `The XML declaration names the encoding "${declared}", which is not supported (UTF-8, UTF-16 with a byte-order mark, ISO-8859-1, ISO-8859-15 and windows-1252 are).` };
  return { ok: true, value: new TextDecoder(decoder).decode(bytes) };
}

function decodeStrict(bytes: Uint8Array, encoding: "utf-8" | "utf-16le" | "utf-16be"): DecodedXml {
  try {
    return { ok: true, value: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch {
    // Find where: the first replacement character of a lenient decoding is the first invalid sequence.
    const lenient = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
    const at = lenient.indexOf("\ufffd");
    const line = at < 0 ? undefined : lineAt(lenient, at);
    const name = encoding === "utf-8" ? "UTF-8" : "UTF-16";
    return { ok: false, line, message: `The file is not valid ${name}${line === undefined ? "" : ` (line ${line})`}: it may be in another encoding than its XML declaration says (e.g. ISO-8859-1 without encoding="ISO-8859-1").` };
  }
}

/** The 1-based line of a character index. */
function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < index; i = text.indexOf("\n", i + 1)) line += 1;
  return line;
}

/** Maps character indexes of a text to 1-based line numbers quickly (binary search over line starts). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineOf(index: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.starts[middle] ?? 0) <= index) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  }
}
