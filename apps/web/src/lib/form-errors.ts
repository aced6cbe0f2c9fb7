import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { failureReport, type ActionResult, type FailureReport } from "@/lib/action-result";

/**
 * Puts a failed call's messages beside the form's fields: the API's `fieldErrors` (and a domain
 * error naming a field) by input path, mapped by `fieldOf` to a field of the form. What maps to no
 * field is returned, for the outcome to list.
 */
export function applyServerErrors<T extends FieldValues, Parsed>(form: UseFormReturn<T, unknown, Parsed>, failure: FailureReport, fieldOf: (path: string) => Path<T> | null): string[] {
  const other: string[] = [];
  for (const [path, messages] of Object.entries(failure.byPath)) {
    const field = fieldOf(path);
    if (field) form.setError(field, { type: "server", message: messages.join(" ") }, { shouldFocus: true });
    else other.push(...messages);
  }
  return other;
}

/**
 * What a form shows after a failed call: the failure's outcome (`texts`: its title, and the message
 * for a call that got no answer), its messages beside the fields `fieldOf` names and the rest
 * listed in the outcome.
 */
export function formFailure<T extends FieldValues, Parsed>(
  form: UseFormReturn<T, unknown, Parsed>,
  error: unknown,
  texts: { title: string; unreachable: string },
  fieldOf: (path: string) => Path<T> | null,
): ActionResult {
  const failure = failureReport(error, texts);
  return { ...failure.result, details: applyServerErrors(form, failure, fieldOf) };
}
