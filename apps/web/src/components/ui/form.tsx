"use client";

import { Label as LabelPrimitive, Slot } from "radix-ui";
import { createContext, useContext, useId, type ComponentProps } from "react";
import { Controller, FormProvider, useFormContext, useFormState, type ControllerProps, type FieldPath, type FieldValues } from "react-hook-form";
import { cn } from "@/lib/cn";

/**
 * shadcn/ui's form wrapper over react-hook-form: `FormField` → `FormItem` → `FormLabel`,
 * `FormControl`, `FormDescription`, `FormMessage`. The control gets its id, `aria-invalid` and
 * `aria-describedby` from the field, and the field's error appears beside it.
 */
export const Form = FormProvider;

interface FormFieldContextValue {
  name: string;
}

const FormFieldContext = createContext<FormFieldContextValue | null>(null);
const FormItemContext = createContext<{ id: string } | null>(null);

export function FormField<TFieldValues extends FieldValues = FieldValues, TName extends FieldPath<TFieldValues> = FieldPath<TFieldValues>, TTransformedValues = TFieldValues>(
  props: ControllerProps<TFieldValues, TName, TTransformedValues>,
) {
  return (
    <FormFieldContext.Provider value={{ name: props.name }}>
      <Controller {...props} />
    </FormFieldContext.Provider>
  );
}

export function useFormField() {
  const field = useContext(FormFieldContext);
  const item = useContext(FormItemContext);
  const { getFieldState } = useFormContext();
  const formState = useFormState({ name: field?.name ?? "" });
  if (!field || !item) throw new Error("useFormField is for a FormItem inside a FormField.");
  const state = getFieldState(field.name, formState);
  return {
    id: item.id,
    name: field.name,
    formItemId: `${item.id}-item`,
    formDescriptionId: `${item.id}-description`,
    formMessageId: `${item.id}-message`,
    ...state,
  };
}

export function FormItem({ className, ...props }: ComponentProps<"div">) {
  const id = useId();
  return (
    <FormItemContext.Provider value={{ id }}>
      <div className={cn("flex flex-col gap-1", className)} {...props} />
    </FormItemContext.Provider>
  );
}

export function FormLabel({ className, ...props }: ComponentProps<typeof LabelPrimitive.Root>) {
  const { formItemId } = useFormField();
  return <LabelPrimitive.Root htmlFor={formItemId} className={cn("text-xs font-medium text-zinc-700", className)} {...props} />;
}

export function FormControl(props: ComponentProps<typeof Slot.Root>) {
  const { error, formItemId, formDescriptionId, formMessageId } = useFormField();
  return <Slot.Root id={formItemId} aria-describedby={error ? formMessageId : formDescriptionId} aria-invalid={!!error} {...props} />;
}

export function FormDescription({ className, ...props }: ComponentProps<"p">) {
  const { formDescriptionId, error } = useFormField();
  if (error) return null;
  return <p id={formDescriptionId} className={cn("text-xs text-zinc-500", className)} {...props} />;
}

/** The field's error (from the schema or the server), or nothing. */
export function FormMessage({ className, ...props }: ComponentProps<"p">) {
  const { error, formMessageId } = useFormField();
  const body = error?.message ? String(error.message) : props.children;
  if (!body) return null;
  return (
    <p id={formMessageId} className={cn("text-xs text-red-600", className)} {...props}>
      {body}
    </p>
  );
}
