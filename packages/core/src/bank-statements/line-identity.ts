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

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The identities of one statement's lines, in order. */
export async function lineIdentities(bankAccountId: string, lines: readonly ParsedStatementLine[]): Promise<LineIdentity[]> {
  const seen = new Map<string, number>();
  return Promise.all(
    lines.map((line) => {
      const key = lineKey(bankAccountId, line);
      const occurrence = (seen.get(key) ?? 0) + 1;
      seen.set(key, occurrence);
      return sha256Hex(`${key}${separator}${occurrence}`).then((lineIdentity) => ({ lineIdentity, occurrence }));
    }),
  );
}

/** SHA-256 of a file's bytes, hex. */
export async function fileHash(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}
