import type { Warning } from "@closebook/core";
import type { ZodError } from "zod";
import { apiFailure } from "@/lib/api-errors";

/** What the person sees after an action: the outcome message, its warnings, and what failed where. */
export interface ActionResult {
  tone: "success" | "error";
  /** Heading of a failure, e.g. "The charge was not created". */
  title?: string;
  message: string;
  warnings: Warning[];
  /** Messages that belong to no field of the form. */
  details: string[];
  /** Where to go next, e.g. the movement just requested. */
  link?: { href: string; label: string };
}

/** The part of every mutation's outcome a person reads. */
export interface OutcomeSummary {
  message: string;
  warnings: Warning[];
  replayed: boolean;
}

export function successResult(outcome: OutcomeSummary, link?: ActionResult["link"]): ActionResult {
  return {
    tone: "success",
    message: outcome.replayed ? `${outcome.message} (already recorded: this was a retry)` : outcome.message,
    warnings: outcome.warnings,
    details: [],
    ...(link ? { link } : {}),
  };
}

/** A failed call: the result to show, the messages by input path, and Closebook's error code. */
export interface FailureReport {
  result: ActionResult;
  byPath: Record<string, string[]>;
  domainCode: string | null;
}

/**
 * Turns a failed mutation into what the form shows. Validation failures come with messages per
 * input path; a domain failure naming a field (`details.field`) is shown beside that field too.
 * `unreachable` is the message for a call that got no answer (safe to retry with the same key).
 */
export function failureReport(error: unknown, { title, unreachable }: { title: string; unreachable: string }): FailureReport {
  const failure = apiFailure(error);
  const byPath: Record<string, string[]> = { ...failure.fieldErrors };
  const field = failure.details?.field;
  if (typeof field === "string" && !failure.fieldErrors[field]) byPath[field] = [failure.message];
  return {
    result: { tone: "error", title, message: failure.unreachable ? unreachable : failure.message, warnings: [], details: [] },
    byPath,
    domainCode: failure.domainCode,
  };
}

/** A schema's issues by input path ("lines.0.accountId"), like the API's `fieldErrors`. */
export function issuesByPath(error: ZodError): Record<string, string[]> {
  const byPath: Record<string, string[]> = {};
  for (const issue of error.issues) (byPath[issue.path.map(String).join(".") || "_"] ??= []).push(issue.message);
  return byPath;
}

/**
 * Splits messages by input path into the form's fields (`fieldOf` names the field showing a
 * path's messages, or null) and the rest, which the outcome lists.
 */
export function errorsByField<Field extends string>(
  byPath: Record<string, string[]>,
  fieldOf: (path: string) => Field | null,
): { fields: Partial<Record<Field, string[]>>; other: string[] } {
  const fields: Partial<Record<Field, string[]>> = {};
  const other: string[] = [];
  for (const [path, messages] of Object.entries(byPath)) {
    const field = fieldOf(path);
    for (const message of messages) {
      if (field) {
        const list = (fields[field] ??= []);
        if (!list.includes(message)) list.push(message);
      } else other.push(message);
    }
  }
  return { fields, other };
}

/** A field of a simple form: the first segment of the path, when it is one of `fields`. */
export function topLevelField<Field extends string>(fields: readonly Field[]): (path: string) => Field | null {
  return (path) => {
    const head = path.split(".")[0] ?? "";
    return (fields as readonly string[]).includes(head) ? (head as Field) : null;
  };
}
