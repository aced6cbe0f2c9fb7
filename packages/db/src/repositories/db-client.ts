import type { Prisma, PrismaClient } from "../generated/prisma/client";

/** A Prisma client or the transaction client of an interactive transaction. */
export type DbClient = PrismaClient | Prisma.TransactionClient;
