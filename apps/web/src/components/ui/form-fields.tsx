"use client";

import type { FormEvent, ReactElement, ReactNode } from "react";
import type { Control, ControllerRenderProps, FieldPath, FieldPathByValue, FieldValues, PathValue, SubmitHandler, UseFormReturn } from "react-hook-form";
import { cn } from "@/lib/cn";
import { useHydrated } from "@/lib/use-hydrated";
import { Button, type ButtonProps } from "@/components/ui/button";
import { DateField, readDateField, type DateEntry } from "@/components/ui/date-field";
import { FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { AmountInput, Input } from "@/components/ui/input";
import type { LocalAmounts } from "@/components/ui/organization-formats";

/**
 * A date of a react-hook-form form (its value a `DateEntry`), in the organization's date format:
 * what cannot be parsed shows under it as it is typed, the schema's and the server's messages too.
 * Read it again at submit with `submitReadingDates` (a partial date changes nothing React sees).
 */
export function FormDateField<T extends FieldValues, P>({
  control,
  name,
  label,
  hint,
  required,
  className,
}: {
  control: Control<T, unknown, P>;
  name: FieldPathByValue<T, DateEntry>;
  label: string;
  hint?: string;
  required?: boolean;
  className?: string;
}) {
  return (
    <FormField
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <DateField
          label={label}
          name={name}
          hint={hint}
          required={required}
          className={className}
          value={(field.value as DateEntry).text}
          errors={fieldState.error?.message ? [fieldState.error.message] : undefined}
          onChange={(_text, entry) => field.onChange(entry)}
          onBlur={field.onBlur}
        />
      )}
    />
  );
}

/**
 * One field of a react-hook-form form with its label (optional: a table cell's control names
 * itself with `aria-label`), its hint and its messages under it; `children` renders the control
 * from the field (`(field) => <Input {...field} />`).
 */
export function FormItemField<T extends FieldValues, P, N extends FieldPath<T>>({
  control,
  name,
  label,
  description,
  className,
  children,
}: {
  control: Control<T, unknown, P>;
  name: N;
  label?: string;
  description?: ReactNode;
  className?: string;
  children: (field: ControllerRenderProps<T, N>) => ReactElement;
}) {
  return (
    <FormField
      control={control}
      name={name}
      render={({ field }) => (
        <FormItem className={className}>
          {label ? <FormLabel>{label}</FormLabel> : null}
          <FormControl>{children(field)}</FormControl>
          {description ? <FormDescription>{description}</FormDescription> : null}
          <FormMessage />
        </FormItem>
      )}
    />
  );
}

/** An amount typed in the organization's number format, with its label, hint and messages. */
export function FormAmountField<T extends FieldValues, P>({
  digits,
  ...props
}: {
  control: Control<T, unknown, P>;
  name: FieldPathByValue<T, string>;
  label: string;
  digits: number;
  description?: ReactNode;
  className?: string;
}) {
  return <FormItemField {...props}>{(field) => <AmountInput digits={digits} {...field} />}</FormItemField>;
}

/** A one-line text field with its label, hint and messages. */
export function FormTextField<T extends FieldValues, P>({
  inputClassName,
  type,
  autoComplete = "off",
  ...props
}: {
  control: Control<T, unknown, P>;
  name: FieldPathByValue<T, string>;
  label: string;
  description?: ReactNode;
  className?: string;
  inputClassName?: string;
  type?: string;
  autoComplete?: string;
}) {
  return <FormItemField {...props}>{(field) => <Input type={type} autoComplete={autoComplete} className={inputClassName} {...field} />}</FormItemField>;
}

/**
 * The form's submit handler: reads its date fields from the elements first (the element is the
 * truth at submit: a partial date changes nothing React sees), then validates and hands the
 * parsed input to `onValid`.
 */
export function submitReadingDates<T extends FieldValues, P>(form: UseFormReturn<T, unknown, P>, dates: readonly FieldPathByValue<T, DateEntry>[], onValid: SubmitHandler<P>) {
  return (event: FormEvent<HTMLFormElement>) => {
    for (const name of dates) form.setValue(name as FieldPath<T>, readDateField(event.currentTarget, name) as PathValue<T, FieldPath<T>>);
    void form.handleSubmit(onValid)(event);
  };
}

/** Why a typed amount is not one in the currency ("" is `empty`'s message), or undefined when it is. */
export function amountProblem(amounts: LocalAmounts, text: string, currency: string, empty: string): string | undefined {
  if (text.trim() === "") return empty;
  return amounts.parse(text, currency) === null ? amounts.refusal(text, currency) : undefined;
}

/** An empty date entry: what a date field of a form starts with. */
export const noDate: DateEntry = { text: "", badInput: false };

/**
 * A form's closing row: what else it offers (`children`), a way out (`cancel`) and its submit
 * button, disabled until the page is interactive and while the call runs.
 */
export function FormActions({
  pending,
  submitLabel,
  pendingLabel,
  cancel,
  size,
  className,
  children,
}: {
  pending: boolean;
  submitLabel: string;
  pendingLabel: string;
  cancel?: { label: string; onClick: () => void };
  size?: ButtonProps["size"];
  className?: string;
  children?: ReactNode;
}) {
  const hydrated = useHydrated();
  return (
    <div className={cn("flex items-center justify-end gap-2", className)}>
      {children}
      {cancel ? (
        <Button variant="ghost" size={size} onClick={cancel.onClick} disabled={pending}>
          {cancel.label}
        </Button>
      ) : null}
      <Button type="submit" variant="primary" size={size} disabled={!hydrated || pending}>
        {pending ? pendingLabel : submitLabel}
      </Button>
    </div>
  );
}
