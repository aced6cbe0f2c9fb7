import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { organization } from "better-auth/plugins";
import type { PrismaClient } from "@closebook/db";
import { accountRateLimit } from "./account-rate-limit";
import { clientAddressHeader, withClientAddress } from "./client-address";
import { membershipGate } from "./membership-gate";
import { accessControl, organizationRoles } from "./roles";

export interface AuthOptions {
  prisma: PrismaClient;
  baseURL: string;
  secret: string;
  /** Trusted origins for browser requests (the web app's own address). */
  trustedOrigins?: string[];
  /** Sign-in (and sign-up) attempts allowed per client address per minute before 429s. */
  signInAttemptsPerWindow?: number;
  /** Failed sign-ins allowed per e-mail, from any address, per `accountWindowSeconds` (default 10). */
  accountFailuresPerWindow?: number;
  /** The per-account window in seconds (default 15 minutes). */
  accountWindowSeconds?: number;
  /**
   * Header the reverse proxy in front of the server sets to the client's address (`x-forwarded-for`,
   * whose last entry is taken, or `x-real-ip`). Only configure it when such a proxy always sets it:
   * clients can send any header. Unset, the connection's remote address is used.
   */
  trustedProxyHeader?: string;
}

/** How the server reached the client; `handler`'s second argument. */
export interface ClientConnection {
  /** The socket's remote address, when the HTTP server knows it. */
  remoteAddress?: string | null;
}

/** Replaces one better-auth message: Closebook never falls back to a shared bucket (see below). */
const sharedBucketWarning = "Rate limiting could not determine a client IP";

export function createAuth(options: AuthOptions) {
  const trustedProxyHeader = options.trustedProxyHeader?.trim().toLowerCase() || undefined;
  const signInRule = { window: 60, max: options.signInAttemptsPerWindow ?? 5 };
  /**
   * Per-address limits apply only to requests whose client address is known: without one,
   * better-auth would put every client in one bucket (or 127.0.0.1 in tests), so that a few
   * failures anywhere lock everyone out. Those requests are still limited per account.
   */
  const perAddress =
    (rule?: { window: number; max: number }) =>
    (request: Request, current: { window: number; max: number }) =>
      request.headers.has(clientAddressHeader) ? (rule ?? current) : false;
  let missingAddressLogged = false;

  const auth = betterAuth({
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
      // Only the address `handler` resolved below (rate limits and the session's ipAddress).
      ipAddress: { ipAddressHeaders: [clientAddressHeader] },
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/*": perAddress(signInRule),
        "/sign-up/*": perAddress(signInRule),
        "/**": perAddress(),
      },
    },
    logger: {
      log(level, message, ...args) {
        if (message.startsWith(sharedBucketWarning)) return;
        const line = `[Better Auth]: ${message}`;
        if (level === "error") console.error(line, ...args);
        else if (level === "warn") console.warn(line, ...args);
        else console.log(line, ...args);
      },
    },
    telemetry: { enabled: false },
    plugins: [
      organization({
        ac: accessControl,
        roles: organizationRoles,
        creatorRole: "admin",
        // Closebook's create-organization use case founds organizations (with the chart of
        // accounts and the audit event); membership changes go through its use cases too, and the
        // gate below closes the plugin's own writing endpoints.
        allowUserToCreateOrganization: false,
      }),
      membershipGate(),
      accountRateLimit({ prisma: options.prisma, max: options.accountFailuresPerWindow ?? 10, window: options.accountWindowSeconds ?? 15 * 60 }),
    ],
  });

  const betterAuthHandler = auth.handler;
  /**
   * better-auth's HTTP handler, given the client's address: from `trustedProxyHeader` when
   * configured, else `connection.remoteAddress` (a client-sent copy of the internal header is always
   * dropped). Its 429s also carry the standard `Retry-After` header.
   */
  async function handler(request: Request, connection: ClientConnection = {}): Promise<Response> {
    const resolved = withClientAddress(request, { trustedProxyHeader, socketAddress: connection.remoteAddress });
    if (!resolved.clientAddress && !missingAddressLogged) {
      missingAddressLogged = true;
      console.warn(
        trustedProxyHeader
          ? `Closebook auth: a request had no valid client address in the trusted proxy header ${trustedProxyHeader}; such requests are rate-limited per account only, never in a shared bucket.`
          : "Closebook auth: the server passed no client address (set CLOSEBOOK_TRUSTED_PROXY_HEADER behind a proxy); such requests are rate-limited per account only, never in a shared bucket.",
      );
    }
    const response = await betterAuthHandler(resolved.request);
    const retryAfter = response.headers.get("x-retry-after");
    if (response.status !== 429 || !retryAfter || response.headers.has("retry-after")) return response;
    const headers = new Headers(response.headers);
    headers.set("retry-after", retryAfter);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }

  return Object.assign(auth, { handler });
}

export type Auth = ReturnType<typeof createAuth>;
