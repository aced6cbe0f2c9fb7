import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

/**
 * A react-hook-form resolver that validates with a use case's own zod input schema from
 * `@closebook/core`: the form's values become the use case's input through `toInput` (empty
 * optional fields to null, the kind of counterparty, …), and the schema's issues land on the
 * fields of the same name. The submit handler receives the parsed input, ready to send.
 */
export function schemaResolver<Values extends FieldValues, Schema extends z.ZodType>(schema: Schema, toInput: (values: Values) => z.input<Schema>): Resolver<Values, unknown, z.output<Schema>> {
  const resolve = zodResolver(schema as never) as unknown as Resolver<z.input<Schema> & FieldValues, unknown, z.output<Schema>>;
  return (values, context, options) => resolve(toInput(values) as z.input<Schema> & FieldValues, context, options as never) as ReturnType<Resolver<Values, unknown, z.output<Schema>>>;
}
