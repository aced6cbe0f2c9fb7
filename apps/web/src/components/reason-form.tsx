"use client";

import { useState, type FormEvent } from "react";
import type { ZodType } from "zod";
import { useHydrated } from "@/lib/use-hydrated";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/form-controls";
import { Textarea } from "@/components/ui/input";

/**
 * The small form behind a decisive action that needs a reason (reject, void, reverse, cancel).
 * The reason is checked in the browser against the use case's own schema for it.
 */
export function ReasonForm({
  label,
  submitLabel,
  pendingLabel,
  pending,
  errors,
  hint,
  reasonSchema,
  onSubmit,
  onCancel,
  ariaLabel,
}: {
  label: string;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  /** Messages from the server for the reason. */
  errors?: string[] | undefined;
  hint?: string;
  /** The use case input's `reason` field, e.g. `voidChargeInput.shape.reason`. */
  reasonSchema: ZodType;
  onSubmit: (reason: string) => void;
  onCancel?: () => void;
  ariaLabel: string;
}) {
  const hydrated = useHydrated();
  const [reason, setReason] = useState("");
  const [local, setLocal] = useState<string[]>([]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const parsed = reasonSchema.safeParse(reason);
    const messages = parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
    setLocal(messages);
    if (messages.length === 0) onSubmit(reason.trim());
  }

  const shown = local.length ? local : (errors ?? []);
  return (
    <form onSubmit={submit} noValidate aria-label={ariaLabel} className="flex flex-col gap-2">
      <Field label={label} errors={shown} hint={hint}>
        {(control) => (
          <Textarea
            {...control}
            name="reason"
            rows={2}
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
              setLocal([]);
            }}
          />
        )}
      </Field>
      <div className="flex items-center justify-end gap-2">
        {onCancel ? (
          <Button variant="ghost" size="sm" onClick={onCancel} disabled={pending}>
            Back
          </Button>
        ) : null}
        <Button type="submit" size="sm" variant="primary" disabled={!hydrated || pending}>
          {pending ? pendingLabel : submitLabel}
        </Button>
      </div>
    </form>
  );
}
