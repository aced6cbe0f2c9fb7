/**
 * The organization's formats for dates and amounts: what each closed value of `dateFormats` and
 * `numberFormats` (domain/enums.ts) writes, and the formats an organization has until it sets
 * its own (today's: YYYY-MM-DD and 1,234.56).
 */
import type { DateFormatValue, NumberFormatValue } from "../domain/enums";

export interface OrganizationFormats {
  dateFormat: DateFormatValue;
  numberFormat: NumberFormatValue;
}

/** What an organization uses until an admin chooses otherwise. */
export const defaultOrganizationFormats: OrganizationFormats = { dateFormat: "iso", numberFormat: "comma_point" };

/** The order of the parts and the separator of each date format. */
export const dateFormatParts: Record<DateFormatValue, { order: "ymd" | "dmy" | "mdy"; separator: string; pattern: string }> = {
  iso: { order: "ymd", separator: "-", pattern: "YYYY-MM-DD" },
  dmy_dot: { order: "dmy", separator: ".", pattern: "DD.MM.YYYY" },
  dmy_slash: { order: "dmy", separator: "/", pattern: "DD/MM/YYYY" },
  mdy_slash: { order: "mdy", separator: "/", pattern: "MM/DD/YYYY" },
};

/** The thousands separator and decimal mark of each number format, and what a person may type for the separator. */
export const numberFormatParts: Record<NumberFormatValue, { group: string; decimal: string; groupTyped: readonly string[]; example: string }> = {
  comma_point: { group: ",", decimal: ".", groupTyped: [","], example: "1,234.56" },
  point_comma: { group: ".", decimal: ",", groupTyped: ["."], example: "1.234,56" },
  // A narrow or no-break space is what most software writes for this format; all three are taken.
  space_comma: { group: " ", decimal: ",", groupTyped: [" ", "\u00A0", "\u202F"], example: "1 234,56" },
  apostrophe_point: { group: "'", decimal: ".", groupTyped: ["'", "\u2019"], example: "1'234.56" },
};

/** How a date format is named to a person: "DD.MM.YYYY". */
export function dateFormatLabel(format: DateFormatValue): string {
  return dateFormatParts[format].pattern;
}

/** How a number format is named to a person: "1.234,56". */
export function numberFormatLabel(format: NumberFormatValue): string {
  return numberFormatParts[format].example;
}
