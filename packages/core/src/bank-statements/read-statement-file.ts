import { readCamt053 } from "./formats/camt053";
import type { StatementFormat, StatementReadResult } from "./parsed-statement";

/**
 * Reads a bank-statement file of any supported format: the format is the caller's when given,
 * else detected from the content. Each format's reader is registered below, one line per format.
 */

export interface ReadStatementOptions {
  /** The format, when the person importing chose it; otherwise it is detected from the content. */
  format?: StatementFormat;
}

export type StatementReader = (bytes: Uint8Array, options: ReadStatementOptions) => StatementReadResult;

const readers: Record<StatementFormat, StatementReader | null> = {
  "camt.053": (bytes) => readCamt053(bytes),
  ofx: null,
  mt940: null,
  csv: null,
};

const FORMAT_NAMES: Record<StatementFormat, string> = { "camt.053": "camt.053", ofx: "OFX/QFX", mt940: "MT940", csv: "CSV" };

export function readStatementFile(bytes: Uint8Array, options: ReadStatementOptions = {}): StatementReadResult {
  const format = options.format ?? detectStatementFormat(bytes);
  const reader = readers[format];
  if (!reader) return { ok: false, format, problems: [{ location: {}, message: `The ${FORMAT_NAMES[format]} statement reader is not registered.` }] };
  return reader(bytes, options);
}

/**
 * The format a file's content shows: OFX (an `OFXHEADER:` header or an `<OFX>` element, SGML or
 * XML), an XML document (camt.053), MT940 (a `:20:` transaction reference field at a line start,
 * possibly after SWIFT blocks); anything else is read as CSV, which needs a profile.
 */
export function detectStatementFormat(bytes: Uint8Array): StatementFormat {
  // The markers are ASCII in every encoding read here; Latin-1 maps each byte to one character.
  const head = new TextDecoder("windows-1252").decode(bytes.subarray(0, 4096)).replace(/^\u00ef\u00bb\u00bf/, "");
  if (/^\s*OFXHEADER\s*:/i.test(head) || /<\?OFX\b/i.test(head) || /<OFX>/i.test(head)) return "ofx";
  // Any other XML goes to the camt.053 reader, the one XML format left, which says what it is not.
  if (/^\s*</.test(head)) return "camt.053";
  if (/(^|[\r\n])(\{1:[^\r\n]*)?:20:/.test(head)) return "mt940";
  return "csv";
}
