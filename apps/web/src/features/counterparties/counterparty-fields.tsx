"use client";

import type { Control } from "react-hook-form";
import { FormTextField } from "@/components/ui/form-fields";
import { topLevelField } from "@/lib/action-result";

/** What the counterparty create and edit forms hold, as typed. */
export interface CounterpartyValues {
  name: string;
  email: string;
  taxId: string;
}

export const emptyCounterparty: CounterpartyValues = { name: "", email: "", taxId: "" };

/** An input path (the schema's, the API's) → the form field showing its messages. */
export const counterpartyFieldOf = topLevelField(["name", "email", "taxId"] as const);

/** The typed details as core's counterparty inputs take them (empty optional fields as null). */
export function counterpartyDetails(values: CounterpartyValues) {
  return { name: values.name, email: values.email.trim() || null, taxId: values.taxId.trim() || null };
}

/** The fields of a customer's or vendor's details on react-hook-form: name, e-mail, tax id. */
export function CounterpartyFields<Parsed>({ control }: { control: Control<CounterpartyValues, unknown, Parsed> }) {
  return (
    <div className="grid grid-cols-1 gap-x-4 gap-y-3 sm:grid-cols-12">
      <FormTextField control={control} name="name" label="Name" className="sm:col-span-5" />
      <FormTextField control={control} name="email" label="E-mail" type="email" description="Optional" className="sm:col-span-4" />
      <FormTextField control={control} name="taxId" label="Tax ID" description="Optional" inputClassName="font-mono" className="sm:col-span-3" />
    </div>
  );
}
