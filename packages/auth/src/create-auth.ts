import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { organization } from "better-auth/plugins";
import type { PrismaClient } from "@closebook/db";
import { accessControl, organizationRoles } from "./roles";

export interface AuthOptions {
  prisma: PrismaClient;
  baseURL: string;
  secret: string;
  /** Trusted origins for browser requests (the web app's own address). */
  trustedOrigins?: string[];
  /** Sign-in attempts allowed per window before callers are slowed down with 429s. */
  signInAttemptsPerWindow?: number;
}

export function createAuth(options: AuthOptions) {
  return betterAuth({
    appName: "Closebook",
    baseURL: options.baseURL,
    secret: options.secret,
    trustedOrigins: options.trustedOrigins ?? [options.baseURL],
    database: prismaAdapter(options.prisma, { provider: "postgresql" }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: false,
      minPasswordLength: 10,
    },
    session: {
      expiresIn: 60 * 60 * 12,
      updateAge: 60 * 60,
      // The session is re-read from the database at most every 5 minutes per browser: a signed
      // cookie carries it in between (sign-out clears it at once; a revoked session lasts <= 5 min).
      cookieCache: { enabled: true, maxAge: 5 * 60 },
    },
    advanced: {
      database: { generateId: () => crypto.randomUUID() },
      useSecureCookies: options.baseURL.startsWith("https://"),
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/email": { window: 60, max: options.signInAttemptsPerWindow ?? 5 },
      },
    },
    telemetry: { enabled: false },
    plugins: [
      organization({
        ac: accessControl,
        roles: organizationRoles,
        creatorRole: "admin",
        allowUserToCreateOrganization: false,
      }),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
