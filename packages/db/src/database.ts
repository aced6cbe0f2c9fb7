import { Prisma } from "./generated/prisma/client";
import { createPrismaClient, type PrismaClient, type PrismaClientOptions } from "./prisma-client";
import { createRepositories, type Repositories } from "./repositories";

export interface Database {
  /** Repositories outside a transaction: for reads. */
  readonly read: Repositories;
  /**
   * Runs `work` in one database transaction. Serialization failures and deadlocks roll back
   * and are retried a few times; anything `work` throws rolls back and is rethrown.
   */
  transaction<T>(work: (tx: Repositories) => Promise<T>): Promise<T>;
  /** The Prisma client, for libraries that take one (better-auth's adapter, the job queue). */
  readonly prisma: PrismaClient;
  close(): Promise<void>;
}

const retryableCodes = new Set(["40001", "40P01"]);
const maxAttempts = 4;

function isRetryable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const candidate = current as { code?: unknown; meta?: { code?: unknown }; cause?: unknown; message?: unknown };
    if (typeof candidate.code === "string" && retryableCodes.has(candidate.code)) return true;
    if (typeof candidate.meta?.code === "string" && retryableCodes.has(candidate.meta.code)) return true;
    if (candidate.code === "P2034") return true;
    if (typeof candidate.message === "string" && /deadlock detected|could not serialize access/.test(candidate.message)) return true;
    current = candidate.cause;
  }
  return false;
}

export function createDatabase(connectionString: string, options: PrismaClientOptions = {}): Database {
  const prisma = createPrismaClient(connectionString, options);
  return {
    prisma,
    read: createRepositories(prisma),
    async transaction(work) {
      for (let attempt = 1; ; attempt++) {
        try {
          return await prisma.$transaction(async (tx) => {
            const repositories = createRepositories(tx);
            const result = await work(repositories);
            await repositories.ledger.applyBalanceChanges();
            return result;
          }, {
            isolationLevel: Prisma.TransactionIsolationLevel.ReadCommitted,
            maxWait: 10_000,
            timeout: 30_000,
          });
        } catch (error) {
          if (attempt >= maxAttempts || !isRetryable(error)) throw error;
          await new Promise((resolve) => setTimeout(resolve, 5 * attempt + Math.random() * 10));
        }
      }
    },
    close: () => prisma.$disconnect(),
  };
}
