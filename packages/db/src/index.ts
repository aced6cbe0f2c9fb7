export { createDatabase, type Database } from "./database";
export type { Repositories } from "./repositories";
export type * from "./repositories/account-repository";
export type * from "./repositories/audit-repository";
export type * from "./repositories/idempotency-repository";
export type * from "./repositories/membership-repository";
export type { PrismaClient } from "./prisma-client";
