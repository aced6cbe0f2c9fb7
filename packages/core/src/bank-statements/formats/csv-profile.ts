import { z } from "zod";
import { text } from "../../fields/fields";

/**
 * A CSV import profile: how one bank writes its statement export. Stored per organization or
 * bank account and edited in a form, so every name goes through core's field schemas.
 */

export const csvDateFormats = ["YYYY-MM-DD", "DD.MM.YYYY", "DD/MM/YYYY", "MM/DD/YYYY", "YYYYMMDD", "DD-MM-YYYY", "DD.MM.YY", "DD/MM/YY", "MM/DD/YY"] as const;
export type CsvDateFormat = (typeof csvDateFormats)[number];

export const csvDelimiters = [",", ";", "\t", "|"] as const;
export const csvEncodings = ["utf-8", "windows-1252", "iso-8859-1"] as const;

/** A column named by its header (when the file has a header row) or by its 1-based position. */
export const csvColumnSchema = z.union([
  z.number({ message: "Give the column's position (1 for the first) or its header." }).int("Give the column's position as a whole number.").min(1, "Columns are counted from 1.").max(500, "Use a column position of at most 500."),
  text({ max: 200, message: "Give the column's header or its position (1 for the first)." }),
]);
export type CsvColumn = z.output<typeof csvColumnSchema>;

const indicatorValues = z.array(text({ max: 40 })).min(1, "Give at least one value.").max(10, "Give at most 10 values.");

export const csvAmountMappingSchema = z.discriminatedUnion("kind", [
  /** One column with a signed amount: negative is money out. */
  z.object({ kind: z.literal("signed"), column: csvColumnSchema }),
  /** A debit column (money out, whatever sign it is written with) and a credit column (money in); one of them is filled per row. */
  z.object({ kind: z.literal("debitCredit"), debit: csvColumnSchema, credit: csvColumnSchema }),
  /** An unsigned amount and a column saying debit or credit (`D`/`C`, `S`/`H`, `Debit`/`Credit`). */
  z.object({ kind: z.literal("indicator"), column: csvColumnSchema, indicator: csvColumnSchema, debitValues: indicatorValues, creditValues: indicatorValues }),
]);
export type CsvAmountMapping = z.output<typeof csvAmountMappingSchema>;

export const csvImportProfileSchema = z
  .object({
    name: text({ max: 100, message: "Name the profile, e.g. after the bank." }),
    delimiter: z.enum(csvDelimiters, { message: "Use a comma, semicolon, tab or vertical bar as the delimiter." }),
    /** The quote character, or null when the bank never quotes. */
    quote: z.enum(['"', "'"], { message: "Use a double or a single quote." }).nullable().default('"'),
    /** `utf-8` reads a file with or without a byte-order mark. */
    encoding: z.enum(csvEncodings, { message: "Use UTF-8, windows-1252 or ISO-8859-1." }),
    /** Lines before the header (or before the first row when there is no header), such as the bank's account summary. */
    skipRows: z.number({ message: "Give the number of lines to skip." }).int("Give a whole number of lines.").min(0, "Give zero or more lines.").max(100, "Skip at most 100 lines.").default(0),
    hasHeaderRow: z.boolean({ message: "Say whether the first row names the columns." }),
    columns: z.object({
      bookingDate: csvColumnSchema,
      valueDate: csvColumnSchema.nullable().default(null),
      amount: csvAmountMappingSchema,
      /** When null, every row is in the bank account's currency. */
      currency: csvColumnSchema.nullable().default(null),
      counterpartyName: csvColumnSchema.nullable().default(null),
      counterpartyAccount: csvColumnSchema.nullable().default(null),
      /** The payer's reference (end-to-end id). */
      reference: csvColumnSchema.nullable().default(null),
      /** Remittance or description columns, joined with a space in this order. */
      remittance: z.array(csvColumnSchema).max(10, "Join at most 10 columns.").default([]),
      /** The bank's own unique id of the row, when the export has one. */
      bankReference: csvColumnSchema.nullable().default(null),
      /** The account's balance after each row, when the export has one: it gives the statement's opening and closing balances. */
      balance: csvColumnSchema.nullable().default(null),
    }),
    dateFormat: z.enum(csvDateFormats, { message: "Choose one of the date formats offered." }),
    decimalSeparator: z.enum([".", ","], { message: "Use a point or a comma as the decimal separator." }),
    thousandsSeparator: z.enum(["", ",", ".", " ", "'"], { message: "Use none, a comma, a point, a space or an apostrophe as the thousands separator." }).default(""),
  })
  .superRefine((profile, ctx) => {
    if (profile.thousandsSeparator === profile.decimalSeparator) {
      ctx.addIssue({ code: "custom", path: ["thousandsSeparator"], message: "The thousands separator must differ from the decimal separator." });
    }
    if (profile.thousandsSeparator === profile.delimiter && profile.quote === null) {
      ctx.addIssue({ code: "custom", path: ["thousandsSeparator"], message: "Without quotes the thousands separator cannot be the delimiter." });
    }
    if (!profile.hasHeaderRow) {
      const named = (path: (string | number)[], column: CsvColumn | null) => {
        if (typeof column === "string") ctx.addIssue({ code: "custom", path: ["columns", ...path], message: "Without a header row, name the column by its position (1 for the first)." });
      };
      const { columns } = profile;
      named(["bookingDate"], columns.bookingDate);
      named(["valueDate"], columns.valueDate);
      if (columns.amount.kind === "debitCredit") {
        named(["amount", "debit"], columns.amount.debit);
        named(["amount", "credit"], columns.amount.credit);
      } else {
        named(["amount", "column"], columns.amount.column);
        if (columns.amount.kind === "indicator") named(["amount", "indicator"], columns.amount.indicator);
      }
      for (const key of ["currency", "counterpartyName", "counterpartyAccount", "reference", "bankReference", "balance"] as const) named([key], columns[key]);
      columns.remittance.forEach((column, index) => named(["remittance", index], column));
    }
  });

export type CsvImportProfile = z.output<typeof csvImportProfileSchema>;
export type CsvImportProfileInput = z.input<typeof csvImportProfileSchema>;
