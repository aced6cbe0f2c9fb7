import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldError, FieldErrors, FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

export interface SchemaResolverOptions<Values extends FieldValues> {
  /**
   * The form field showing an input path's messages, when the names differ (the schema's
   * `minimumBalanceMinor` is the form's `minimumBalance`). By default a path shows on the field of
   * its first segment.
   */
  fieldOf?: (path: string) => keyof Values & string;
  /**
   * Checks the schema cannot make (a typed amount that does not parse in its currency: core's
   * `parseAmount` turns text into minor units before the schema sees them). Messages by field.
   */
  precheck?: (values: Values) => Partial<Record<keyof Values & string, string>>;
}

/**
 * A react-hook-form resolver that validates with a use case's own zod input schema from
 * `@closebook/core` (through `@hookform/resolvers/zod`): the form's values become the use case's
 * input through `toInput` (amounts parsed to minor units, empty optional fields to null, …), and
 * the schema's issues land on the form's fields. The submit handler receives the parsed input.
 */
export function schemaResolver<Values extends FieldValues, Schema extends z.ZodType>(
  schema: Schema,
  toInput: (values: Values) => z.input<Schema>,
  options: SchemaResolverOptions<Values> = {},
): Resolver<Values, unknown, z.output<Schema>> {
  const resolve = zodResolver(schema as never) as unknown as Resolver<FieldValues, unknown, z.output<Schema>>;
  return async (values, context, resolverOptions) => {
    const early = options.precheck?.(values) ?? {};
    const result = await resolve(toInput(values) as FieldValues, context, resolverOptions as never);
    const errors: Record<string, FieldError> = {};
    for (const [field, message] of Object.entries(early)) if (message) errors[field] = { type: "precheck", message: message as string };
    for (const [path, error] of Object.entries(result.errors as Record<string, FieldError | undefined>)) {
      const field = options.fieldOf?.(path) ?? path;
      if (error && !errors[field]) errors[field] = error;
    }
    if (Object.keys(errors).length) return { values: {}, errors: errors as FieldErrors<Values> };
    return { values: result.values as z.output<Schema>, errors: {} };
  };
}
