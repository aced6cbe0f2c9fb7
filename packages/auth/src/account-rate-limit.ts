import { randomUUID } from "node:crypto";
import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import type { PrismaClient } from "@closebook/db";

export interface AccountRateLimitOptions {
  prisma: PrismaClient;
  /** Attempts without a success allowed per e-mail and window, from any address. */
  max: number;
  /** Window length in seconds, from the first counted attempt. */
  window: number;
}

/** The endpoints limited per account (the e-mail in the body), on top of the per-address limit. */
const limitedPaths = new Set(["/sign-in/email", "/sign-up/email"]);

export const tooManyRequestsMessage = "Too many requests. Please try again later.";

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The 429 every refused sign-in answers (better-auth's own rate limiter sends the same body). */
export function tooManyRequests(retryAfterSeconds: number): APIError {
  const seconds = String(Math.max(1, Math.ceil(retryAfterSeconds)));
  return new APIError("TOO_MANY_REQUESTS", { message: tooManyRequestsMessage }, { "Retry-After": seconds, "X-Retry-After": seconds });
}

/**
 * Limits sign-in and sign-up per account: each attempt for an e-mail is counted (atomically, before
 * the password is checked, so concurrent guesses cannot all slip through) and a success clears the
 * count, so `max` failures within `window` seconds refuse further attempts for that e-mail with 429,
 * whatever address they come from.
 *
 * Counts live in better-auth's `rate_limit` table under `account:<email>|<path>` keys (better-auth's
 * own keys are `<ip>|<path>`). For these rows `lastRequest` holds the end of the window, so
 * better-auth's pruning of rows older than its longest window only removes expired ones.
 */
export function accountRateLimit(options: AccountRateLimitOptions): BetterAuthPlugin {
  const { prisma, max } = options;
  const windowMs = BigInt(options.window * 1000);
  const keyOf = (path: string, body: unknown): string | null => {
    const email = (body as { email?: unknown } | undefined)?.email;
    return typeof email === "string" && email.trim() ? `account:${normalizeEmail(email)}|${path}` : null;
  };
  const matcher = (ctx: { path?: string }) => limitedPaths.has(ctx.path ?? "");
  return {
    id: "closebook-account-rate-limit",
    hooks: {
      before: [
        {
          matcher,
          handler: createAuthMiddleware(async (ctx) => {
            const key = keyOf(ctx.path, ctx.body);
            if (!key) return;
            const now = BigInt(Date.now());
            // Count this attempt unless the window is full; a new window starts once the old one ended.
            const counted = await prisma.$queryRaw<{ count: number }[]>`
              INSERT INTO "rate_limit" ("id", "key", "count", "lastRequest") VALUES (${randomUUID()}, ${key}, 1, ${now + windowMs})
              ON CONFLICT ("key") DO UPDATE SET
                "count" = CASE WHEN "rate_limit"."lastRequest" <= ${now} THEN 1 ELSE "rate_limit"."count" + 1 END,
                "lastRequest" = CASE WHEN "rate_limit"."lastRequest" <= ${now} THEN ${now + windowMs} ELSE "rate_limit"."lastRequest" END
              WHERE "rate_limit"."lastRequest" <= ${now} OR "rate_limit"."count" < ${max}
              RETURNING "count"`;
            if (counted.length > 0) return;
            const [row] = await prisma.$queryRaw<{ lastRequest: bigint }[]>`SELECT "lastRequest" FROM "rate_limit" WHERE "key" = ${key}`;
            throw tooManyRequests(row ? Number(BigInt(row.lastRequest) - now) / 1000 : options.window);
          }),
        },
      ],
      after: [
        {
          matcher,
          handler: createAuthMiddleware(async (ctx) => {
            const key = keyOf(ctx.path, ctx.body);
            if (!key || isAPIError(ctx.context.returned)) return;
            await prisma.$executeRaw`DELETE FROM "rate_limit" WHERE "key" = ${key}`;
          }),
        },
      ],
    },
  };
}
