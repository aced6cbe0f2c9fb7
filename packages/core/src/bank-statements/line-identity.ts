import type { ParsedStatementLine } from "./parsed-statement";

/**
 * The identity of a statement line within its bank account, which a database constraint keeps
 * unique, so that re-importing a file or importing an overlapping one adds no line twice:
 *
 * - the bank's own reference (camt AcctSvcrRef, OFX FITID, MT940 bank reference) when it has one;
 * - otherwise a fingerprint of the account, booking date, amount, counterparty and text;
 *
 * each with its occurrence number among the lines of the same statement that share it (two
 * identical coffees on one day are two lines, #1 and #2; a batched camt entry's transactions
 * sharing one reference are #1, #2, …). The identity stored is the SHA-256 of all of it (hex).
 */
export interface LineIdentity {
  lineIdentity: string;
  occurrence: number;
}

const separator = "\u001f";

/** What identifies the line before its occurrence is counted. */
export function lineKey(bankAccountId: string, line: ParsedStatementLine): string {
  if (line.bankReference) return ["ref", line.bankReference].join(separator);
  return [
    "fp",
    bankAccountId,
    line.bookingDate,
    line.amount.toString(),
    line.currency,
    line.counterpartyName ?? "",
    line.counterpartyAccount ?? "",
    line.endToEndId ?? "",
    line.remittanceInformation ?? "",
    line.structuredReference ?? "",
    line.additionalInformation ?? "",
  ].join(separator);
}

/** node:crypto's synchronous hashing, where the runtime has it (Node); never bundled for a browser. */
interface NodeHash {
  update(data: string, encoding: "utf8"): NodeHash;
  digest(encoding: "hex"): string;
}
const nodeCrypto = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process?.getBuiltinModule?.("node:crypto") as
  | { createHash(algorithm: "sha256"): NodeHash }
  | undefined;

async function webSha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * The identities of one statement's lines, in order. On Node each line is hashed synchronously
 * (node:crypto, reached at run time so that no bundle pulls it in): a Web Crypto digest per line
 * cost an await and several buffers each, about 3.7 s per 20k lines.
 */
export async function lineIdentities(bankAccountId: string, lines: readonly ParsedStatementLine[]): Promise<LineIdentity[]> {
  const seen = new Map<string, number>();
  const keyed = lines.map((line) => {
    const key = lineKey(bankAccountId, line);
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return { text: `${key}${separator}${occurrence}`, occurrence };
  });
  if (nodeCrypto) return keyed.map(({ text, occurrence }) => ({ lineIdentity: nodeCrypto.createHash("sha256").update(text, "utf8").digest("hex"), occurrence }));
  return Promise.all(keyed.map(({ text, occurrence }) => webSha256Hex(text).then((lineIdentity) => ({ lineIdentity, occurrence }))));
}

/** SHA-256 of a file's bytes, hex. */
export async function fileHash(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}
