import type { ErrorCode } from "@closebook/core";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server";

/**
 * The one place where each domain failure becomes a tRPC error code (and so an HTTP status).
 * `satisfies Record<ErrorCode, …>` makes it exhaustive: a new code in core does not compile
 * until it is mapped here.
 */
export const domainErrorToTrpc = {
  NOT_PERMITTED: "FORBIDDEN",
  NOT_A_MEMBER: "FORBIDDEN",
  IDEMPOTENCY_KEY_REUSED: "UNPROCESSABLE_CONTENT",
  DUPLICATE_ACCOUNT_CODE: "CONFLICT",
  ACCOUNT_NOT_FOUND: "NOT_FOUND",
} as const satisfies Record<ErrorCode, TRPC_ERROR_CODE_KEY>;
