import { createAuth } from "@closebook/auth";
import { createDatabase } from "@closebook/db";
import { z } from "zod";
import type { ApiDependencies } from "./context";

const serverEnv = z.object({
  DATABASE_URL: z.string().url("DATABASE_URL must be a postgres:// URL (pnpm dev sets it for the embedded database)."),
  BETTER_AUTH_SECRET: z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters.").optional(),
  BETTER_AUTH_URL: z.string().url().default("http://localhost:3000"),
  NODE_ENV: z.string().default("development"),
  DATABASE_POOL_SIZE: z.coerce.number().int().positive().default(20),
  // The header the reverse proxy sets to the client's address (x-forwarded-for, x-real-ip, ...).
  CLOSEBOOK_TRUSTED_PROXY_HEADER: z.string().trim().optional(),
});

/** Only for local development and tests; production must set BETTER_AUTH_SECRET. */
const developmentSecret = "closebook-development-secret-not-for-production-use";

/** The server's database and auth, built once per process from the environment. */
export function createServerDependencies(env: Record<string, string | undefined> = process.env): ApiDependencies {
  const parsed = serverEnv.parse(env);
  if (parsed.NODE_ENV === "production" && !parsed.BETTER_AUTH_SECRET && !env.CLOSEBOOK_ALLOW_DEV_SECRET) {
    throw new Error("BETTER_AUTH_SECRET must be set in production.");
  }
  const db = createDatabase(parsed.DATABASE_URL, { maxConnections: parsed.DATABASE_POOL_SIZE });
  const auth = createAuth({
    prisma: db.prisma,
    baseURL: parsed.BETTER_AUTH_URL,
    secret: parsed.BETTER_AUTH_SECRET ?? developmentSecret,
    trustedProxyHeader: parsed.CLOSEBOOK_TRUSTED_PROXY_HEADER || undefined,
  });
  return { db, auth };
}
