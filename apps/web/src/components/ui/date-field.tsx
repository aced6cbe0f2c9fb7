"use client";

import { calendarDate } from "@closebook/core";
import { useState, type InputHTMLAttributes, type SyntheticEvent } from "react";
import { Field } from "@/components/ui/form-controls";
import { Input } from "@/components/ui/input";

/**
 * What a date input holds. `<input type="date">` reports a date it cannot parse (a partial one: the
 * day typed, the month and year not) as `""`, exactly like an empty field, and only
 * `validity.badInput` tells the two apart.
 */
export interface DateEntry {
  /** `YYYY-MM-DD`, or "" when empty or unparseable. */
  text: string;
  /** The field holds something that is not a whole date. */
  badInput: boolean;
}

export const incompleteDateMessage = "Enter a whole date (day, month and year), or clear the field.";

/** The entry of one date input, read from the element itself. */
export function dateEntryOf(input: HTMLInputElement): DateEntry {
  return { text: input.value, badInput: input.validity.badInput };
}

/**
 * The entry of the form's date input named `name`, read at submit: the element is the truth (a
 * partial date changes nothing React sees, and Enter submits before any key-up).
 */
export function readDateField(form: HTMLFormElement, name: string): DateEntry {
  const element = form.elements.namedItem(name);
  return element instanceof HTMLInputElement ? dateEntryOf(element) : { text: "", badInput: false };
}

/**
 * Why the entry is not a usable date, or null when it is one (or is really empty and optional).
 * The text goes through core's strict `calendarDate`, the schema every use case uses.
 */
export function dateEntryProblem(entry: DateEntry, options: { required?: boolean } = {}): string | null {
  if (entry.badInput) return incompleteDateMessage;
  if (entry.text === "") return options.required ? "Enter the date." : null;
  const parsed = calendarDate.safeParse(entry.text);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? "Use a date like 2026-11-23.");
}

export interface DateFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "value" | "onChange" | "id" | "required"> {
  label: string;
  value: string;
  /** Every change of the field, with whether it now holds an unparseable (partial) date. */
  onChange: (text: string, entry: DateEntry) => void;
  /** Messages from the form (its last submit, the server). */
  errors?: readonly string[] | undefined;
  hint?: string;
  required?: boolean;
  className?: string;
  /** Errors float under the control (a filter bar), instead of pushing the layout down. */
  floatingErrors?: boolean;
}

/**
 * A labelled date field that refuses, inline, what it cannot parse: a partial or impossible date
 * shows its error beside the field as soon as the browser knows it (on typing, on leaving the
 * field), not only at submit. Forms read it again at submit with `readDateField`.
 */
export function DateField({ label, value, onChange, errors, hint, required = false, className, floatingErrors, onBlur, ...props }: DateFieldProps) {
  const [entry, setEntry] = useState<DateEntry>({ text: value, badInput: false });
  const [touched, setTouched] = useState(false);

  function observe(event: SyntheticEvent<HTMLInputElement>) {
    const next = dateEntryOf(event.currentTarget);
    setEntry((current) => (current.text === next.text && current.badInput === next.badInput ? current : next));
    return next;
  }

  // While the element holds a partial date the form's value is "" (what the browser reports);
  // otherwise the form's value is what the field shows. An empty required field is the form's to
  // report at submit; a partial date shows once the person leaves the field (or submits).
  const current: DateEntry = entry.badInput && value === "" ? entry : { text: value, badInput: false };
  const own = dateEntryProblem(current);
  const shown = [...new Set([...(own && (touched || !current.badInput) ? [own] : []), ...(errors ?? [])])];

  return (
    <Field label={label} errors={shown} hint={hint} className={className} floatingErrors={floatingErrors}>
      {(control) => (
        <Input
          {...control}
          {...props}
          type="date"
          aria-required={required || undefined}
          value={value}
          onChange={(event) => {
            const next = observe(event);
            onChange(next.text, next);
          }}
          onInput={observe}
          onKeyUp={observe}
          onBlur={(event) => {
            observe(event);
            setTouched(true);
            onBlur?.(event);
          }}
        />
      )}
    </Field>
  );
}
