"use client";

import { calendarDate, dateFormatLabel, exampleLocalDate, formatLocalDate, parseCalendarDate, parseLocalDate, type DateFormatValue } from "@closebook/core";
import { useState, type InputHTMLAttributes, type SyntheticEvent } from "react";
import { Field } from "@/components/ui/form-controls";
import { Input } from "@/components/ui/input";
import { useOrganizationFormats } from "@/components/ui/organization-formats";

/**
 * What a date input holds. In an organization that writes dates YYYY-MM-DD the field is the
 * browser's `<input type="date">`, which reports a date it cannot parse (a partial one: the day
 * typed, the month and year not) as `""`, exactly like an empty field, and only
 * `validity.badInput` tells the two apart. In any other format (DD.MM.YYYY …) it is a text field
 * read with core's `parseLocalDate`; the form still gets `YYYY-MM-DD`.
 */
export interface DateEntry {
  /** `YYYY-MM-DD`, or "" when empty or unparseable. */
  text: string;
  /** The field holds something that is not a whole date. */
  badInput: boolean;
  /** Why it is not one, when core said so (a typed date in the organization's format). */
  problem?: string;
}

export const incompleteDateMessage = "Enter a whole date (day, month and year), or clear the field.";

/** Whether the organization's date format is the browser's own date input (YYYY-MM-DD under the hood). */
function nativeFormat(format: DateFormatValue): boolean {
  return format === "iso";
}

/** A typed date in the format as an entry: `YYYY-MM-DD` when it is one, else its problem. */
function typedEntry(typed: string, format: DateFormatValue): DateEntry {
  if (typed.trim() === "") return { text: "", badInput: false };
  const parsed = parseLocalDate(typed, format);
  return parsed.ok ? { text: formatLocalDate(parsed.value, "iso"), badInput: false } : { text: "", badInput: true, problem: parsed.message };
}

/** The entry of one date input, read from the element itself. */
export function dateEntryOf(input: HTMLInputElement): DateEntry {
  const format = input.dataset.dateFormat as DateFormatValue | undefined;
  if (input.type === "text" && format) return typedEntry(input.value, format);
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
  if (entry.badInput) return entry.problem ?? incompleteDateMessage;
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
export function DateField(props: DateFieldProps) {
  const { dateFormat } = useOrganizationFormats();
  return nativeFormat(dateFormat) ? <NativeDateField {...props} /> : <TypedDateField {...props} format={dateFormat} />;
}

/** The date as the field shows it in the format ("" for no date). */
function shownDate(value: string, format: DateFormatValue): string {
  const date = value === "" ? null : parseCalendarDate(value);
  return date ? formatLocalDate(date, format) : value;
}

/**
 * A date typed in the organization's format (DD.MM.YYYY …): the field keeps what the person
 * typed, the form gets `YYYY-MM-DD` when it is a whole date and "" (with `badInput`) otherwise,
 * and what core's `parseLocalDate` refuses shows under the field once they leave it.
 */
function TypedDateField({ label, value, onChange, errors, hint, required = false, className, floatingErrors, onBlur, format, min: _min, max: _max, ...props }: DateFieldProps & { format: DateFormatValue }) {
  const [typed, setTyped] = useState(() => shownDate(value, format));
  const [touched, setTouched] = useState(false);
  // A new value from the form (a reset, a default) replaces what was typed, unless it is what was
  // typed; a form that holds its last whole date while a partial one is typed changes nothing.
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (typedEntry(typed, format).text !== value) setTyped(shownDate(value, format));
  }
  const entry = typedEntry(typed, format);
  const own = dateEntryProblem(entry);
  const shown = [...new Set([...(own && touched ? [own] : []), ...(errors ?? [])])];
  const pattern = dateFormatLabel(format);

  return (
    <Field label={label} errors={shown} hint={hint === undefined ? undefined : `${hint} (${pattern})`} className={className} floatingErrors={floatingErrors}>
      {(control) => (
        <Input
          {...control}
          {...props}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder={exampleLocalDate(format)}
          title={pattern}
          data-date-format={format}
          aria-required={required || undefined}
          value={typed}
          onChange={(event) => {
            const text = event.currentTarget.value;
            setTyped(text);
            const next = typedEntry(text, format);
            onChange(next.text, next);
          }}
          onBlur={(event) => {
            setTouched(true);
            onBlur?.(event);
          }}
        />
      )}
    </Field>
  );
}

/** The browser's date input, for organizations that write dates YYYY-MM-DD. */
function NativeDateField({ label, value, onChange, errors, hint, required = false, className, floatingErrors, onBlur, ...props }: DateFieldProps) {
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
