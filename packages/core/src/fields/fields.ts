/**
 * The field schemas every procedure's input goes through: the edge is strict here, once.
 *
 * - money: integer minor units (bigint) within a declared range, so that no stored sum can
 *   overflow PostgreSQL's bigint (a journal entry holds at most 100 lines of at most 10^15);
 * - calendar dates: strict `YYYY-MM-DD` (or a Date at any time of its UTC day), no rollover of
 *   impossible dates, no two-digit-year shift, within the calendar the ledger keeps;
 * - text: NFC-normalized and trimmed, no control characters or NUL, no lone surrogates, blank
 *   when only invisible characters remain, bounded length;
 * - identifiers, currency codes, idempotency keys.
 *
 * Each schema is registered with its kind (`fieldKindOf`), so that tests can generate valid and
 * broken values for every procedure's input from the schemas themselves.
 */
import { z } from "zod";
import { bicProblem, compactIban, ibanProblem } from "../bank-statements/iban";
import { isIsoCurrency } from "../money/currency";
import { calendarDateProblem, maxAmountMinor, toCalendarDate } from "./limits";

export { calendarBounds, calendarDateProblem, maxAmountMinor, maxStoredMinor, parseCalendarDate } from "./limits";

export type FieldKind =
  | { kind: "money"; min: bigint; max: bigint }
  | { kind: "date" }
  | { kind: "text"; min: number; max: number; multiline: boolean }
  | { kind: "id" }
  | { kind: "currency" }
  | { kind: "idempotencyKey" };

const kinds = new WeakMap<z.ZodType, FieldKind>();

function register<T extends z.ZodType>(schema: T, kind: FieldKind): T {
  kinds.set(schema, kind);
  return schema;
}

/** The field kind a schema was built as, if it is one of these field schemas. */
export function fieldKindOf(schema: z.ZodType): FieldKind | undefined {
  return kinds.get(schema);
}

// --- Money ---------------------------------------------------------------------------------

function amountSchema(min: bigint, max: bigint, tooSmall: string) {
  return register(
    z
      .bigint({ message: "Give the amount as a whole number of minor units (a bigint)." })
      .min(min, tooSmall)
      .max(max, `The amount may be at most ${max.toLocaleString("en")} minor units.`),
    { kind: "money", min, max },
  );
}

/** A positive amount in minor units, at most 10^15 (10 trillion in a currency with cents). */
export const amountMinor = (tooSmall = "The amount must be above zero.") => amountSchema(1n, maxAmountMinor, tooSmall);
/** An amount that may be zero (one side of a journal line). */
export const amountOrZeroMinor = (tooSmall = "Amounts cannot be negative.") => amountSchema(0n, maxAmountMinor, tooSmall);
/** A signed amount (a minimum balance, which may be an overdraft limit). */
export const signedAmountMinor = () => amountSchema(-maxAmountMinor, maxAmountMinor, `The amount must be at least -${maxAmountMinor.toLocaleString("en")} minor units.`);

// --- Currency ------------------------------------------------------------------------------

export const currencyCode = register(
  z
    .string({ message: "Use a three-letter ISO 4217 currency code, such as EUR or USD." })
    .max(12, "Use a three-letter ISO 4217 currency code, such as EUR or USD.")
    .transform((value) => value.trim().toUpperCase())
    .refine((value) => /^[A-Z]{3}$/.test(value) && isIsoCurrency(value), { message: "Use a three-letter ISO 4217 currency code, such as EUR or USD." }),
  { kind: "currency" },
);

// --- Calendar dates ------------------------------------------------------------------------

/**
 * A calendar date: `YYYY-MM-DD`, or a Date (its UTC day), kept as UTC midnight; a real date
 * between 1970-01-01 and 2199-12-31.
 */
export const calendarDate = register(
  z
    .union([z.date({ message: "Use a date like 2026-11-23." }), z.string({ message: "Use a date like 2026-11-23." }).max(10, "Use a date like 2026-11-23.")], {
      message: "Use a date like 2026-11-23.",
    })
    // Checked first and then converted, so that one bad date does not hide the other fields' errors.
    .superRefine((value, ctx) => {
      const problem = calendarDateProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    })
    .transform((value) => toCalendarDate(value) as Date),
  { kind: "date" },
);

// --- Text ----------------------------------------------------------------------------------

/** Characters that show nothing: zero-width spaces and joiners, BOM, soft hyphen, word joiner, bidi marks, fillers. */
const invisible = /[\p{Cf}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0\u2800\u180E]/gu;
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const controlSingleLine = /\p{Cc}/u;
// Multi-line text keeps line breaks and tabs; every other control character is refused.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const controlMultiline = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

export interface TextOptions {
  /** Most characters allowed (after normalizing). */
  max: number;
  /** Fewest visible characters; 1 by default (not blank). */
  min?: number;
  /** Message when blank or too short. */
  message?: string;
  /** Allow line breaks and tabs. */
  multiline?: boolean;
}

function textProblem(raw: string, options: TextOptions): string | null {
  const min = options.min ?? 1;
  if (raw.length > options.max * 4 + 64) return `Use at most ${options.max} characters.`;
  if (loneSurrogate.test(raw)) return "This text holds a broken character (a lone UTF-16 surrogate).";
  const value = raw.normalize("NFC").trim();
  if ((options.multiline ? controlMultiline : controlSingleLine).test(value)) {
    return value.includes("\u0000") ? "This text holds a NUL character." : "This text holds a control character.";
  }
  if (value.replace(invisible, "").trim().length < min) return options.message ?? (min <= 1 ? "This cannot be blank." : `Use at least ${min} characters.`);
  if (value.length > options.max) return `Use at most ${options.max} characters.`;
  return null;
}

/** Clean text: NFC, trimmed, no control characters or lone surrogates, not blank once invisible characters are removed. */
export function text(options: TextOptions) {
  return register(
    z
      .string({ message: "Give this as text." })
      .superRefine((raw, ctx) => {
        const problem = textProblem(raw, options);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      })
      .transform((raw) => raw.normalize("NFC").trim()),
    { kind: "text", min: options.min ?? 1, max: options.max, multiline: options.multiline ?? false },
  );
}

/** Optional text: null, a missing value or text that is blank once cleaned all become null. */
export function optionalText(options: Omit<TextOptions, "min" | "message">) {
  const isBlank = (value: string) => value.replace(invisible, "").trim() === "" && textProblem(value, { ...options, min: 0 }) === null;
  return z
    .union([z.null(), z.string({ message: "Give this as text." })])
    .optional()
    .superRefine((value, ctx) => {
      if (value === null || value === undefined || isBlank(value)) return;
      const problem = textProblem(value, { ...options, min: 1 });
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    })
    .transform((value) => (value === null || value === undefined || isBlank(value) ? null : value.normalize("NFC").trim()));
}

/** A search or filter text: like optionalText, but absent (undefined) when blank. */
export function filterText(options: Omit<TextOptions, "min" | "message">) {
  return optionalText(options).transform((value) => value ?? undefined);
}

// --- Bank identifiers ---------------------------------------------------------------------

/** An optional IBAN: spaces removed, upper-cased, its check digits verified; null when blank. */
export function optionalIban() {
  return register(
    optionalText({ max: 42 })
      .superRefine((value, ctx) => {
        const problem = value === null ? null : ibanProblem(value);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      })
      .transform((value) => (value === null ? null : compactIban(value))),
    { kind: "text", min: 0, max: 42, multiline: false },
  );
}

/** An optional BIC (8 or 11 characters), upper-cased; null when blank. */
export function optionalBic() {
  return register(
    optionalText({ max: 14 })
      .superRefine((value, ctx) => {
        const problem = value === null ? null : bicProblem(value);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      })
      .transform((value) => (value === null ? null : compactIban(value))),
    { kind: "text", min: 0, max: 14, multiline: false },
  );
}

/** An optional bank account number (other than an IBAN): letters, digits, spaces and dashes; spaces removed. */
export function optionalAccountNumber() {
  return register(
    optionalText({ max: 40 })
      .superRefine((value, ctx) => {
        if (value !== null && !/^[A-Za-z0-9][A-Za-z0-9 ./-]{0,39}$/.test(value)) ctx.addIssue({ code: "custom", message: "Use letters, digits, spaces, dots, slashes or dashes." });
      })
      .transform((value) => (value === null ? null : value.replace(/\s+/g, "").toUpperCase())),
    { kind: "text", min: 0, max: 40, multiline: false },
  );
}

// --- Identifiers and keys ------------------------------------------------------------------

/** The id of an object of this system (a UUID). */
export const entityId = (message = "Not a valid id.") =>
  register(z.string({ message }).max(36, message).uuid(message), { kind: "id" });

/** The optional idempotency key of a mutation: 8 to 200 visible ASCII characters (a UUID is ideal). */
export const idempotencyKey = register(
  z
    .string({ message: "Give the idempotency key as text, e.g. a UUID." })
    .min(8, "Use at least 8 characters, e.g. a UUID.")
    .max(200, "Use at most 200 characters.")
    .regex(/^[\x21-\x7E]+$/, "Use visible ASCII characters only, e.g. a UUID."),
  { kind: "idempotencyKey" },
);

// --- Output -------------------------------------------------------------------------------

/**
 * The wire form of each kind of field in procedure outputs. Each accepts everything its input
 * schema above can produce and every value the database's constraints let a row hold, so an
 * output never fails after commit (the router fuzz test checks it for every procedure).
 */
export const wire = {
  /** Minor units, as a bigint. */
  money: () => z.bigint(),
  /** A calendar date (UTC midnight) or an instant. */
  date: () => z.date(),
  /** Clean text as stored, and ids. */
  text: () => z.string(),
} as const;
