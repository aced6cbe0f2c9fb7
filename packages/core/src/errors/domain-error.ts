import type { ErrorCode } from "./error-codes";

/** An expected failure of a use case: a stable code, a message for a person, and details. */
export class DomainError<C extends ErrorCode = ErrorCode> extends Error {
  override readonly name = "DomainError";
  constructor(
    readonly code: C,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

/**
 * A `fail` function limited to one use case's declared failures, so a use case cannot throw
 * a code it has not declared.
 */
export function failuresOf<const Codes extends readonly ErrorCode[]>(codes: Codes) {
  return {
    codes,
    fail(code: Codes[number], message: string, details: Record<string, unknown> = {}): never {
      throw new DomainError(code, message, details);
    },
  };
}
