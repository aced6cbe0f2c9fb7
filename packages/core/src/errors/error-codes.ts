/**
 * Every expected failure of a use case, by stable code. Each use case declares the closed subset
 * it can fail with (`failuresOf([...])` in its file); packages/api maps every code here to a tRPC
 * error in one exhaustive table.
 */
export const errorCodes = [
  // Cross-cutting
  "INVALID_INPUT",
  "NOT_SIGNED_IN",
  "NOT_PERMITTED",
  "NOT_A_MEMBER",
  "IDEMPOTENCY_KEY_REUSED",
  // Raised by the database under a use case, mapped to codes of their own (see run-mutation.ts)
  "AMOUNT_OUT_OF_RANGE",
  "CONCURRENT_CHANGE",
  "CONFLICTING_CHANGE",
  "CONSTRAINT_VIOLATED",
  // Dates outside the organization's window
  "DATE_OUTSIDE_WINDOW",
  // Chart of accounts and postings
  "DUPLICATE_ACCOUNT_CODE",
  "ACCOUNT_NOT_FOUND",
  "ACCOUNT_FROZEN",
  "ACCOUNT_CLOSED",
  "ACCOUNT_NOT_USABLE",
  "CURRENCY_MISMATCH",
  "CURRENCY_NOT_KEPT",
  "PERIOD_CLOSED",
  "ENTRY_UNBALANCED",
  "ENTRY_NOT_FOUND",
  "ENTRY_ALREADY_REVERSED",
  "ENTRY_NOT_REVERSIBLE",
  "INSUFFICIENT_FUNDS",
  // Counterparties and charges
  "DUPLICATE_COUNTERPARTY",
  "COUNTERPARTY_NOT_FOUND",
  "CHARGE_NOT_FOUND",
  "CHARGE_NOT_DRAFT",
  "CHARGE_NOT_ISSUED",
  "CHARGE_VOID",
  "CHARGE_ALREADY_PAID",
  "CHARGE_HAS_PAYMENTS",
  "DUE_DATE_BEFORE_ISSUE_DATE",
  "PAYMENT_ALREADY_RECORDED",
  "PAYMENT_EXCEEDS_BALANCE",
  "CHARGE_CREDITED",
  "CREDIT_EXCEEDS_OPEN_AMOUNT",
  // Movements and approvals
  "MOVEMENT_NOT_FOUND",
  "MOVEMENT_NOT_PENDING",
  "SELF_APPROVAL_FORBIDDEN",
  "ALREADY_APPROVED_BY_YOU",
  "APPROVER_ROLE_TOO_LOW",
  "NOT_REQUESTER",
  "MOVEMENT_NOT_REJECTED",
  "MOVEMENT_ALREADY_REVISED",
  // Audit trail
  "AUDIT_EVENT_NOT_FOUND",
  // Tasks
  "TASK_NOT_FOUND",
  "TASK_ALREADY_DONE",
  // Organizations, members and invitations
  "DUPLICATE_ORGANIZATION",
  "MEMBER_NOT_FOUND",
  "ALREADY_A_MEMBER",
  "INVITATION_ALREADY_PENDING",
  "INVITATION_NOT_FOUND",
  "LAST_ADMIN",
  // Bank accounts and statement imports
  "BANK_ACCOUNT_NOT_FOUND",
  "DUPLICATE_BANK_ACCOUNT",
  "STATEMENT_UNREADABLE",
  "STATEMENT_ACCOUNT_MISMATCH",
  "STATEMENT_BALANCE_MISMATCH",
  "CSV_PROFILE_NOT_FOUND",
  "DUPLICATE_CSV_PROFILE",
  "STATEMENT_IMPORT_NOT_FOUND",
  // Reconciliation
  "STATEMENT_LINE_NOT_FOUND",
  "STATEMENT_LINE_NOT_OPEN",
  "LEDGER_ITEM_NOT_FOUND",
  "ALLOCATION_SIGN_MISMATCH",
  "ALLOCATION_EXCEEDS_OPEN_AMOUNT",
  "MATCH_UNBALANCED",
  "MATCH_NOT_FOUND",
  "MATCH_ALREADY_UNDONE",
  "PROPOSAL_NOT_FOUND",
] as const;

export type ErrorCode = (typeof errorCodes)[number];
