import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from "react";
import { cn } from "@/lib/cn";
import { useLocalAmounts } from "@/components/ui/organization-formats";

const control =
  "block h-8 w-full rounded-md border bg-white px-2.5 text-[13px] text-zinc-900 shadow-xs transition-colors placeholder:text-zinc-400 focus:outline-none focus:ring-2 focus:ring-brand-500/30 disabled:bg-zinc-50 disabled:text-zinc-500";
const controlBorder = (invalid: boolean) => (invalid ? "border-red-400 focus:border-red-500" : "border-zinc-300 focus:border-brand-500");

export function Input({ className, ...props }: InputHTMLAttributes<HTMLInputElement>) {
  return <input className={cn(control, controlBorder(props["aria-invalid"] === true), className)} {...props} />;
}

/** A typed amount: decimal keyboard, right-aligned, the currency's decimals in the organization's number format as placeholder. */
export function AmountInput({ digits = 2, className, ...props }: InputHTMLAttributes<HTMLInputElement> & { digits?: number }) {
  const amounts = useLocalAmounts();
  return <Input inputMode="decimal" autoComplete="off" placeholder={amounts.placeholder(digits)} className={cn("text-right tabular-nums", className)} {...props} />;
}

export function Select({ className, children, ...props }: SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <select className={cn(control, controlBorder(props["aria-invalid"] === true), "pr-7", className)} {...props}>
      {children}
    </select>
  );
}

export function Textarea({ className, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <textarea className={cn(control, controlBorder(props["aria-invalid"] === true), "h-auto min-h-16 py-1.5", className)} {...props} />;
}

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

/** A labelled form field: `<Field label="Code">{(p) => <Input {...p} />}</Field>`. */
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
