/**
 * An audit event's before/after snapshots as a readable difference: one line per field whose value
 * changed, each side rendered the same way wherever it appears (money with its currency, calendar
 * dates as YYYY-MM-DD, instants in UTC, enum values as labels).
 */
import { isIsoCurrency } from "../money/currency";
import { formatMinor } from "../money";

export interface AuditChange {
  field: string;
  /** The rendered value before; null when the field was absent or null. */
  before: string | null;
  after: string | null;
}

/** Fields whose change says nothing by itself (every update moves them). */
const ignoredFields = new Set(["updatedAt"]);

/** Fields holding a value of one of the domain's enums (statuses, kinds, types, roles). */
const enumFields = new Set(["status", "kind", "type", "source", "minimumBalancePolicy", "role", "minimumApproverRole", "minimumRole", "approverRole", "assigneeRole"]);

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

function fieldsOf(snapshot: unknown): Record<string, unknown> {
  return snapshot !== null && typeof snapshot === "object" && !Array.isArray(snapshot) ? (snapshot as Record<string, unknown>) : {};
}

/** "pending_approval" → "Pending approval". */
export function enumLabel(value: string): string {
  const words = value.replaceAll("_", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function renderInstant(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`;
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v instanceof Date ? v.toISOString() : v)) ?? "null";
}

function asMinor(value: unknown): bigint | null {
  if (typeof value === "bigint") return value;
  if (typeof value === "number" && Number.isSafeInteger(value)) return BigInt(value);
  if (typeof value === "string" && /^-?\d+$/.test(value)) return BigInt(value);
  return null;
}

/** One value of a snapshot as a person reads it; `currency` is the snapshot's own currency, if any. */
export function renderAuditValue(field: string, value: unknown, currency: string | null): string | null {
  if (value === null || value === undefined) return null;
  if (field.endsWith("Minor")) {
    const minor = asMinor(value);
    if (minor !== null) return currency ? formatMinor(minor, currency) : `${minor.toString()} (minor units)`;
  }
  if (value instanceof Date) return renderInstant(value);
  if (typeof value === "string") {
    if (isoInstant.test(value) && !Number.isNaN(Date.parse(value))) return renderInstant(new Date(value));
    return enumFields.has(field) ? enumLabel(value) : value;
  }
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number" || typeof value === "bigint") return value.toString();
  return canonical(value);
}

function currencyOf(fields: Record<string, unknown>): string | null {
  const currency = fields.currency;
  return typeof currency === "string" && isIsoCurrency(currency) ? currency : null;
}

/**
 * The fields that differ between two snapshots (a creation has no `before`, a deletion no
 * `after`), by field name, each side rendered by `renderAuditValue`.
 */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const [was, is] = [fieldsOf(before), fieldsOf(after)];
  const [wasCurrency, isCurrency] = [currencyOf(was) ?? currencyOf(is), currencyOf(is) ?? currencyOf(was)];
  // Alphabetical: the stored snapshots (jsonb) do not keep the order fields were written in.
  const fields = [...new Set([...Object.keys(was), ...Object.keys(is)])].filter((field) => !ignoredFields.has(field)).sort();
  return fields
    .filter((field) => canonical(was[field] ?? null) !== canonical(is[field] ?? null))
    .map((field) => ({ field, before: renderAuditValue(field, was[field], wasCurrency), after: renderAuditValue(field, is[field], isCurrency) }));
}
