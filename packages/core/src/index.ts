export * from "./errors";
export * from "./money";
export * from "./policies/roles";
export * from "./policies/permissions";
export * from "./policies/approval-policy";
export type { Actor } from "./shared/actor";
export type { Outcome, Warning } from "./shared/outcome";
export type { Page } from "./shared/pagination";
export { addDays, today, formatDate } from "./shared/dates";
export * from "./fields";
export { imbalances } from "./ledger/post-entry";
// Use cases (one file each, named for the intention)
export * from "./use-cases/create-account";
export * from "./use-cases/list-accounts";
export * from "./use-cases/create-counterparty";
export * from "./use-cases/create-charge";
export * from "./use-cases/issue-charge";
export * from "./use-cases/record-charge-payment";
export * from "./use-cases/void-charge";
export * from "./use-cases/request-movement";
export * from "./use-cases/approve-movement";
export * from "./use-cases/reject-movement";
export * from "./use-cases/cancel-movement";
export * from "./use-cases/post-manual-journal-entry";
export * from "./use-cases/reverse-journal-entry";
export * from "./use-cases/update-approval-policy";
export * from "./use-cases/complete-task";
export * from "./use-cases/mark-notifications-read";
// Queries
export * from "./queries/charge-queries";
export * from "./queries/movement-queries";
export * from "./queries/ledger-queries";
export * from "./queries/workspace-queries";
export * from "./queries/dashboard-query";
// Job handlers
export * from "./jobs/deliver-notification";
export * from "./jobs/check-charge-overdue";
export * from "./queries/workspace-access-query";
