import { z } from "zod";

/**
 * Marks the ZodError a use case or query raises for its caller's input. The API turns only a
 * marked error into a 400 that names the fields; any other ZodError raised while serving a
 * request (an output schema refusing a result, a bug parsing data) stays a server error.
 */
const invalidInputMark = Symbol.for("closebook.invalid-input");

/** Parses a use case's or query's input with its schema; a refusal is a marked ZodError. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, raw: unknown): z.output<Schema> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  Object.defineProperty(parsed.error, invalidInputMark, { value: true });
  throw parsed.error;
}

/** Whether an error is the refusal of a caller's input (raised by `parseInput`). */
export function isInvalidInputError(error: unknown): error is z.ZodError {
  return error instanceof z.ZodError && (error as unknown as Record<symbol, unknown>)[invalidInputMark] === true;
}
