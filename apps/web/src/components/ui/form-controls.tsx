import { useId, type InputHTMLAttributes, type ReactNode } from "react";
import { cn } from "@/lib/cn";

/** What a field hands to its control so the label, hint and errors are wired for assistive tech. */
export interface FieldControlProps {
  id: string;
  "aria-invalid": boolean;
  "aria-describedby": string | undefined;
}

export interface FieldProps {
  label: string;
  /** Messages shown under the control; the control is marked invalid when there are any. */
  errors?: readonly string[] | undefined;
  hint?: ReactNode;
  className?: string;
  /** Show the errors floating under the control, so a row of filters keeps its layout. */
  floatingErrors?: boolean;
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * A labelled field outside a react-hook-form form (list filters, inline controls):
 * `<Field label="Code">{(p) => <Input {...p} />}</Field>`. Forms use `FormField` (`ui/form`).
 */
export function Field({ label, errors, hint, className, floatingErrors = false, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const invalid = (errors?.length ?? 0) > 0;
  const describedBy = invalid ? errorId : hint ? hintId : undefined;
  return (
    <div className={cn("flex flex-col gap-1", floatingErrors && "relative", className)}>
      <label htmlFor={id} className="text-xs font-medium text-zinc-700">
        {label}
      </label>
      {children({ id, "aria-invalid": invalid, "aria-describedby": describedBy })}
      {invalid ? (
        <div
          id={errorId}
          className={cn("text-xs text-red-600", floatingErrors && "absolute top-full left-0 z-10 mt-1 w-max max-w-64 rounded-md border border-red-200 bg-white px-2 py-1 shadow-sm")}
        >
          {errors?.map((message) => <p key={message}>{message}</p>)}
        </div>
      ) : hint ? (
        <p id={hintId} className="text-xs text-zinc-500">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "type"> {
  label: string;
  description?: string;
}

export function Checkbox({ label, description, className, ...props }: CheckboxProps) {
  const id = useId();
  return (
    <div className={cn("flex items-start gap-2", className)}>
      <input id={id} type="checkbox" className="mt-0.5 size-4 rounded border-zinc-300 accent-brand-600" {...props} />
      <div className="flex flex-col">
        <label htmlFor={id} className="text-xs font-medium text-zinc-700">
          {label}
        </label>
        {description ? <span className="text-xs text-zinc-500">{description}</span> : null}
      </div>
    </div>
  );
}
