"use client";

import { DateField } from "@/components/ui/date-field";
import { Field } from "@/components/ui/form-controls";
import { NativeSelect } from "@/components/ui/select";

/**
 * A list filter that picks one of a closed set (a status, a kind, a customer), or "all". It hands
 * back only a value of `options` (anything else, such as the "all" entry, is null).
 */
export function SelectFilter<V extends string>({
  label,
  all,
  options,
  value,
  onChange,
  className,
}: {
  label: string;
  /** The entry for "no filter": "All statuses". */
  all: string;
  options: readonly { value: V; label: string }[] | undefined;
  value: string | null | undefined;
  onChange: (value: V | null) => void;
  className?: string;
}) {
  return (
    <Field label={label} className={className}>
      {(control) => (
        <NativeSelect {...control} value={value ?? ""} onChange={(e) => onChange(options?.find((option) => option.value === e.target.value)?.value ?? null)}>
          <option value="">{all}</option>
          {options?.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </NativeSelect>
      )}
    </Field>
  );
}

/** The "from" and "to" day filters of a list (`YYYY-MM-DD` in the URL, typed in the organization's date format). */
export function DateRangeFilter({
  labels,
  from,
  to,
  resetKey,
  onChange,
}: {
  labels: { from: string; to: string };
  from: string | null | undefined;
  to: string | null | undefined;
  /** Changes when the filters are cleared, so the fields empty. */
  resetKey: number;
  /** A day typed or cleared; `hold` while the field holds a partial date (the URL keeps its last whole one). */
  onChange: (key: "from" | "to", text: string, hold: boolean) => void;
}) {
  return (
    <>
      <DateField floatingErrors key={`from-${resetKey}`} label={labels.from} className="w-40" value={from ?? ""} max={to ?? undefined} onChange={(text, entry) => onChange("from", text, entry.badInput)} />
      <DateField floatingErrors key={`to-${resetKey}`} label={labels.to} className="w-40" value={to ?? ""} min={from ?? undefined} onChange={(text, entry) => onChange("to", text, entry.badInput)} />
    </>
  );
}

/** The options of a closed set with their labels: `labeled(chargeStatuses, (s) => chargeStatusStyles[s].label)`. */
export function labeled<V extends string>(values: readonly V[], label: (value: V) => string): { value: V; label: string }[] {
  return values.map((value) => ({ value, label: label(value) }));
}
