/**
 * How documents are numbered: `<prefix>-<year>-<sequence>`, the sequence zero-padded to a fixed
 * width (and never cut when it outgrows it). Journal entries take their sequence from one
 * PostgreSQL sequence (unique, increasing, gaps allowed); charges from a gapless counter per
 * organization and year. Repositories are handed the format (or the number), never build it.
 */

export const documentNumbering = {
  journalEntry: { prefix: "JE", width: 6 },
  charge: { prefix: "CH", width: 5 },
  movement: { prefix: "MV", width: 6 },
} as const satisfies Record<string, { prefix: string; width: number }>;

export type DocumentKind = keyof typeof documentNumbering;

/** What a repository needs to number a document in SQL: the year's prefix ("JE-2026-") and the width. */
export interface DocumentNumberFormat {
  prefix: string;
  width: number;
}

export function documentNumberFormat(kind: DocumentKind, year: number): DocumentNumberFormat {
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`Not a calendar year: ${year}`);
  const { prefix, width } = documentNumbering[kind];
  return { prefix: `${prefix}-${year}-`, width };
}

/** The number of the `sequence`th document of its kind in `year`: `CH-2026-00042`. */
export function formatDocumentNumber(kind: DocumentKind, year: number, sequence: number | bigint): string {
  if (typeof sequence === "number" ? !Number.isSafeInteger(sequence) || sequence < 1 : sequence < 1n) {
    throw new RangeError(`A document sequence starts at 1: ${sequence}`);
  }
  const { prefix, width } = documentNumberFormat(kind, year);
  return `${prefix}${String(sequence).padStart(width, "0")}`;
}

/** A movement's number: MV-<effective year (UTC)>-<sequence>, e.g. MV-2026-000042. */
export function movementNumber(effectiveDate: Date, sequence: bigint): string {
  return formatDocumentNumber("movement", effectiveDate.getUTCFullYear(), sequence);
}
