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

/** A use case's (or a shared helper's) declared failures and the `fail` limited to them. */
export interface FailureSet<Codes extends readonly ErrorCode[]> {
  readonly codes: Codes;
  fail(code: Codes[number], message: string, details?: Record<string, unknown>): never;
}

/**
 * Compiles only when `Declared` includes every code in `Needed`: a shared helper (posting, the
 * mutation runner) asks its caller's failure set to be `FailureSet<…> & Covers<…>`, so a use case
 * that forgets one of the helper's codes does not compile, and the missing codes are named.
 */
export type Covers<Declared extends readonly ErrorCode[], Needed extends ErrorCode> = [Exclude<Needed, Declared[number]>] extends [never]
  ? unknown
  : { "declare these failures too": Exclude<Needed, Declared[number]> };

/**
 * A `fail` function limited to one use case's declared failures, so a use case cannot throw
 * a code it has not declared.
 */
export function failuresOf<const Codes extends readonly ErrorCode[]>(codes: Codes): FailureSet<Codes> {
  return {
    codes,
    fail(code: Codes[number], message: string, details: Record<string, unknown> = {}): never {
      throw new DomainError(code, message, details);
    },
  };
}
