"use client";

import { useMemo, useRef } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { failureReport } from "@/lib/action-result";
import { applyServerErrors } from "@/lib/form-errors";
import { SubmissionKeys } from "@/lib/request-key";
import { schemaResolver } from "@/lib/schema-resolver";
import { FormActions } from "@/components/ui/form-fields";
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { Textarea } from "@/components/ui/input";

interface Values {
  reason: string;
}

/**
 * The small form behind a decisive action that needs a reason (reject, void, reverse, cancel), on
 * react-hook-form with the use case's own input schema as resolver (`toInput` makes the input of
 * the typed reason). It sends the parsed input with its idempotency key through `submit` (the
 * caller's `mutation.mutateAsync`, whose own callbacks report the outcome); a refusal naming the
 * reason shows under the field, the rest is the caller's outcome to show.
 */
export function ReasonForm<Schema extends z.ZodType<object>>({
  label,
  submitLabel,
  pendingLabel,
  pending = false,
  hint,
  schema,
  toInput,
  submit,
  onCancel,
  ariaLabel,
}: {
  label: string;
  submitLabel: string;
  pendingLabel: string;
  /** Another action of the caller is running: the form waits. */
  pending?: boolean;
  hint?: string;
  /** The use case's input schema, e.g. `voidChargeInput`. */
  schema: Schema;
  /** The use case's input with the typed reason, e.g. `(reason) => ({ chargeId, reason })`. */
  toInput: (reason: string) => z.input<Schema>;
  submit: (input: z.output<Schema> & { idempotencyKey: string }) => Promise<unknown>;
  onCancel?: () => void;
  ariaLabel: string;
}) {
  const keys = useRef(new SubmissionKeys());
  // Every message of the schema is about the reason: the rest of the input is the page's own.
  const resolver = useMemo(() => schemaResolver(schema, (v: Values) => toInput(v.reason), { fieldOf: () => "reason" }), [schema, toInput]);
  const form = useForm<Values, unknown, z.output<Schema>>({ defaultValues: { reason: "" }, resolver });
  const busy = pending || form.formState.isSubmitting;

  const onSubmit = form.handleSubmit(async (input) => {
    if (busy) return;
    try {
      await submit({ ...input, idempotencyKey: keys.current.keyFor(input) });
      keys.current.settle();
    } catch (error) {
      applyServerErrors(form, failureReport(error, { title: "", unreachable: "" }), (path) => (path.split(".")[0] === "reason" ? "reason" : null));
    }
  });

  return (
    <Form {...form}>
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label={ariaLabel} className="flex flex-col gap-2">
        <FormField
          control={form.control}
          name="reason"
          render={({ field }) => (
            <FormItem>
              <FormLabel>{label}</FormLabel>
              <FormControl>
                <Textarea rows={2} {...field} />
              </FormControl>
              {hint ? <FormDescription>{hint}</FormDescription> : null}
              <FormMessage />
            </FormItem>
          )}
        />
        <FormActions size="sm" pending={busy} submitLabel={submitLabel} pendingLabel={pendingLabel} cancel={onCancel ? { label: "Back", onClick: onCancel } : undefined} />
      </form>
    </Form>
  );
}
