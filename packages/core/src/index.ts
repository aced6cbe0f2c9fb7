export * from "./errors";
export * from "./money";
export * from "./policies/roles";
export * from "./policies/permissions";
export type { Actor } from "./shared/actor";
export type { Outcome, Warning } from "./shared/outcome";
export * from "./use-cases/create-account";
export * from "./use-cases/list-accounts";
