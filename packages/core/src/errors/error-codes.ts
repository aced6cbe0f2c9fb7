/**
 * Every expected failure of a use case, by stable code. Each use case declares the closed subset
 * it can fail with; packages/api maps every code here to a tRPC error in one exhaustive table.
 */
export const errorCodes = [
  // Cross-cutting
  "NOT_PERMITTED",
  "NOT_A_MEMBER",
  "IDEMPOTENCY_KEY_REUSED",
  // Chart of accounts
  "DUPLICATE_ACCOUNT_CODE",
  "ACCOUNT_NOT_FOUND",
] as const;

export type ErrorCode = (typeof errorCodes)[number];
