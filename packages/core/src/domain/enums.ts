/**
 * Every enumerated value of the domain, declared once. zod schemas (`z.enum(chargeStatuses)`),
 * TypeScript types and the web's label maps (`Record<ChargeStatus, string>`) derive from these
 * tuples; the Prisma schema's enums must list the same values, which `enums.test.ts` checks.
 */
export const accountTypes = ["asset", "liability", "equity", "revenue", "expense"] as const;
export const accountStatuses = ["active", "frozen", "closed"] as const;
/** What a movement does when it would take an account below its minimum balance. */
export const minimumBalancePolicies = ["warn", "block"] as const;
export const periodStatuses = ["open", "closed"] as const;
/** What a journal entry was posted for. */
export const entrySources = ["manual", "charge_issued", "charge_payment", "charge_void", "movement", "reversal", "credit_note"] as const;
export const counterpartyKinds = ["customer", "vendor"] as const;
/** `credited`: what an issued charge left open was credited by a credit note; nothing is owed any more. */
export const chargeStatuses = ["draft", "issued", "paid", "void", "credited"] as const;
export const movementKinds = ["vendor_payment", "transfer"] as const;
export const movementStatuses = ["pending_approval", "approved", "posted", "rejected", "cancelled"] as const;
export const taskStatuses = ["open", "done"] as const;
/**
 * How an organization writes calendar dates: `iso` YYYY-MM-DD, `dmy_dot` DD.MM.YYYY,
 * `dmy_slash` DD/MM/YYYY, `mdy_slash` MM/DD/YYYY (the patterns: `dateFormatPatterns`).
 */
export const dateFormats = ["iso", "dmy_dot", "dmy_slash", "mdy_slash"] as const;
/**
 * How an organization writes amounts (thousands separator, decimal mark): `comma_point` 1,234.56,
 * `point_comma` 1.234,56, `space_comma` 1 234,56, `apostrophe_point` 1'234.56.
 */
export const numberFormats = ["comma_point", "point_comma", "space_comma", "apostrophe_point"] as const;

/** A bank statement line: not yet reconciled, matched to ledger items (in full), or excluded with a reason. */
export const bankStatementLineStatuses = ["unreconciled", "matched", "excluded"] as const;
/** A statement import: waiting for the worker, running, done, or failed (nothing imported). */
export const bankStatementImportStatuses = ["queued", "running", "succeeded", "failed"] as const;

/** How a reconciliation match was made: applied by the engine, an accepted suggestion, or by hand. */
export const reconciliationMatchMethods = ["auto", "suggestion", "manual"] as const;
/** A reconciliation match in force, or undone (its allocations released). */
export const reconciliationMatchStatuses = ["active", "undone"] as const;

/** The statement file formats the readers read (stored as text: `camt.053` is no identifier). */
export const statementFormats = ["camt.053", "ofx", "mt940", "csv"] as const;

export type AccountTypeValue = (typeof accountTypes)[number];
export type AccountStatusValue = (typeof accountStatuses)[number];
export type MinimumBalancePolicyValue = (typeof minimumBalancePolicies)[number];
export type PeriodStatusValue = (typeof periodStatuses)[number];
export type EntrySourceValue = (typeof entrySources)[number];
export type CounterpartyKindValue = (typeof counterpartyKinds)[number];
export type ChargeStatusValue = (typeof chargeStatuses)[number];
export type MovementKindValue = (typeof movementKinds)[number];
export type MovementStatusValue = (typeof movementStatuses)[number];
export type TaskStatusValue = (typeof taskStatuses)[number];
export type DateFormatValue = (typeof dateFormats)[number];
export type NumberFormatValue = (typeof numberFormats)[number];

/** The Prisma enum each tuple mirrors (the database's own type), for the schema check. */
export const prismaEnumValues = {
  AccountType: accountTypes,
  AccountStatus: accountStatuses,
  MinimumBalancePolicy: minimumBalancePolicies,
  PeriodStatus: periodStatuses,
  EntrySource: entrySources,
  CounterpartyKind: counterpartyKinds,
  ChargeStatus: chargeStatuses,
  MovementKind: movementKinds,
  MovementStatus: movementStatuses,
  TaskStatus: taskStatuses,
  DateFormat: dateFormats,
  NumberFormat: numberFormats,
  BankStatementLineStatus: bankStatementLineStatuses,
  BankStatementImportStatus: bankStatementImportStatuses,
  ReconciliationMatchMethod: reconciliationMatchMethods,
  ReconciliationMatchStatus: reconciliationMatchStatuses,
} as const satisfies Record<string, readonly string[]>;
