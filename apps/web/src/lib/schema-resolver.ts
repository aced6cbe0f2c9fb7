import { zodResolver } from "@hookform/resolvers/zod";
import { set, type FieldError, type FieldErrors, type FieldValues, type Resolver } from "react-hook-form";
import type { z } from "zod";

export interface SchemaResolverOptions<Values extends FieldValues> {
  /**
   * The form field showing an input path's messages, when the names differ (the schema's
   * `minimumBalanceMinor` is the form's `minimumBalance`, `lines.0.debitMinor` is
   * `lines.0.debit`, a message on the whole `lines` array is `lines.root`). By default a path shows
   * on the field of the same name.
   */
  fieldOf?: (path: string) => string;
  /**
   * Checks the schema cannot make (a typed amount that does not parse in its currency: core's
   * `parseAmount` turns text into minor units before the schema sees them). Messages by form
   * field path (`amount`, `lines.1.credit`).
   */
  precheck?: (values: Values) => Partial<Record<string, string | undefined>>;
}

const errorKeys = new Set(["type", "message", "ref", "types"]);

/**
 * The messages of a nested react-hook-form error tree by input path ("lines.0.accountId"; a
 * field array's own message, `lines.root`, by the array's path "lines").
 */
export function errorsByPath(errors: unknown, prefix = ""): [string, FieldError][] {
  if (typeof errors !== "object" || errors === null) return [];
  const node = errors as Record<string, unknown>;
  const found: [string, FieldError][] = [];
  if (typeof node.type === "string" && prefix) found.push([prefix.replace(/\.root$/, ""), { type: node.type, message: typeof node.message === "string" ? node.message : "" }]);
  for (const [key, child] of Object.entries(node)) {
    if (errorKeys.has(key)) continue;
    found.push(...errorsByPath(child, prefix ? `${prefix}.${key}` : key));
  }
  return found;
}

/**
 * A react-hook-form resolver that validates with a use case's own zod input schema from
 * `@closebook/core` (through `@hookform/resolvers/zod`): the form's values become the use case's
 * input through `toInput` (amounts parsed to minor units, empty optional fields to null, …), and
 * the schema's issues land on the form's fields (nested ones too: a line of a field array). The
 * submit handler receives the parsed input.
 */
export function schemaResolver<Values extends FieldValues, Schema extends z.ZodType>(
  schema: Schema,
  toInput: (values: Values) => z.input<Schema>,
  options: SchemaResolverOptions<Values> = {},
): Resolver<Values, unknown, z.output<Schema>> {
  const resolve = zodResolver(schema as never) as unknown as Resolver<FieldValues, unknown, z.output<Schema>>;
  return async (values, context, resolverOptions) => {
    const early = options.precheck?.(values) ?? {};
    const result = await resolve(toInput(values) as FieldValues, context, { ...resolverOptions, names: undefined } as never);
    const errors: Record<string, unknown> = {};
    const taken = new Set<string>();
    const place = (field: string, error: FieldError) => {
      if (taken.has(field)) return;
      taken.add(field);
      set(errors, field, error);
    };
    for (const [field, message] of Object.entries(early)) if (message) place(field, { type: "precheck", message });
    for (const [path, error] of errorsByPath(result.errors)) place(options.fieldOf?.(path) ?? path, error);
    if (taken.size) return { values: {}, errors: errors as FieldErrors<Values> };
    return { values: result.values as z.output<Schema>, errors: {} };
  };
}
