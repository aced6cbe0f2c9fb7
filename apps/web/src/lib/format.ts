/**
 * Dates and amounts are shown by `DateText` and `Amount` (src/components), in the organization's
 * formats through core's `formatLocalDate` / `formatLocalAmount`; exports use `lib/csv`.
 */

/** "1 approval", "2 approvals". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
