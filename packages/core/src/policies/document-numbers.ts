/**
 * How documents are numbered: one home for each prefix and format. The repositories draw the
 * next value of a sequence; the number's shape is decided here.
 */

/** A movement's number: MV-<effective year>-<sequence, six digits>, e.g. MV-2026-000042. */
export function movementNumber(effectiveDate: Date, sequence: bigint): string {
  return `MV-${effectiveDate.getUTCFullYear()}-${sequence.toString().padStart(6, "0")}`;
}
