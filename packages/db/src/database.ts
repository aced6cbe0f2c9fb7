import { Prisma } from "./generated/prisma/client";
import { createPrismaClient, type PrismaClient, type PrismaClientOptions } from "./prisma-client";
import { createRepositories, type Repositories } from "./repositories";

export interface Database {
  /** Repositories outside a transaction: for reads. */
  readonly read: Repositories;
  /**
   * Runs `work` in one database transaction. Serialization failures and deadlocks roll back
   * and are retried a few times; anything `work` throws rolls back and is rethrown, expected
   * database refusals (unique, check, out of range, retries exhausted) as a `DatabaseFault`.
   */
  transaction<T>(work: (tx: Repositories) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /** The Prisma client, for libraries that take one (better-auth's adapter, the job queue). */
  readonly prisma: PrismaClient;
  close(): Promise<void>;
}

export interface TransactionOptions {
  /** How long the transaction may run before it is rolled back (30 s unless a long job says otherwise). */
  timeoutMs?: number;
}

const maxAttempts = 4;

/**
 * The database errors a use case can meet in normal operation, by kind. Core turns each into a
 * typed domain failure; every other database error is a fault of the server.
 */
export type DatabaseFaultKind = "serialization" | "deadlock" | "unique" | "check" | "out_of_range";

/** An expected database refusal, without the driver's text (kept in `cause` for the server log). */
export class DatabaseFault extends Error {
  override readonly name = "DatabaseFault";
  constructor(
    readonly kind: DatabaseFaultKind,
    /** The constraint PostgreSQL named, when it named one. */
    readonly constraint: string | null,
    options?: { cause?: unknown },
  ) {
    // For the server log only: core turns the fault into a domain failure with its own message.
    super(`database refused the change (${kind}${constraint ? `: ${constraint}` : ""}): ${messageOf(options?.cause)}`, options);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const kindsBySqlState: Record<string, DatabaseFaultKind> = {
  "40001": "serialization",
  "40P01": "deadlock",
  "23505": "unique",
  "23514": "check",
  "22003": "out_of_range",
};

/** Finds the SQLSTATE (and constraint) anywhere in the chain of causes Prisma and pg wrap it in. */
export function classifyDatabaseError(error: unknown): DatabaseFault | null {
  if (error instanceof DatabaseFault) return error;
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const candidate = current as { code?: unknown; meta?: { code?: unknown; constraint?: unknown; driverAdapterError?: unknown }; cause?: unknown; message?: unknown; constraint?: unknown; originalCode?: unknown };
    const codes = [candidate.code, candidate.meta?.code, candidate.originalCode].filter((c): c is string => typeof c === "string");
    for (const code of codes) {
      const kind = kindsBySqlState[code] ?? (code === "P2034" ? "serialization" : code === "P2002" ? "unique" : undefined);
      if (kind) {
        const constraint = typeof candidate.constraint === "string" ? candidate.constraint : typeof candidate.meta?.constraint === "string" ? candidate.meta.constraint : null;
        return new DatabaseFault(kind, constraint, { cause: error });
      }
    }
    if (typeof candidate.message === "string") {
      if (/deadlock detected/.test(candidate.message)) return new DatabaseFault("deadlock", null, { cause: error });
      if (/could not serialize access/.test(candidate.message)) return new DatabaseFault("serialization", null, { cause: error });
      if (/bigint out of range|value out of range|numeric field overflow/.test(candidate.message)) return new DatabaseFault("out_of_range", null, { cause: error });
    }
    current = candidate.cause ?? candidate.meta?.driverAdapterError;
  }
  return null;
}

function isRetryable(fault: DatabaseFault | null): boolean {
  return fault?.kind === "serialization" || fault?.kind === "deadlock";
}

export function createDatabase(connectionString: string, options: PrismaClientOptions = {}): Database {
  const prisma = createPrismaClient(connectionString, options);
  return {
    prisma,
    read: createRepositories(prisma),
    async transaction(work, options = {}) {
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
            timeout: options.timeoutMs ?? 30_000,
          });
        } catch (error) {
          const fault = classifyDatabaseError(error);
          if (attempt >= maxAttempts || !isRetryable(fault)) throw fault ?? error;
          await new Promise((resolve) => setTimeout(resolve, 5 * attempt + Math.random() * 10));
        }
      }
    },
    close: () => prisma.$disconnect(),
  };
}
