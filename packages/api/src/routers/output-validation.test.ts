import type { Auth } from "@closebook/auth";
import type { AccountRecord, Database } from "@closebook/db";
import { TRPCClientError } from "@trpc/client";
import { TRPCError } from "@trpc/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { isInvalidInputError, parseInput } from "@closebook/core";
import { z, ZodError } from "zod";
import { createClosebookClient } from "../client";
import { createContext } from "../context";
import { createRequestHandler } from "../http-handler";
import { appRouter } from "../root";
import { accountOutcomeSchema } from "../schemas/account-schemas";
import { pageSchema } from "../schemas/page-schema";
import { warningSchema } from "../schemas/outcome-schema";
import { createCallerFactory, internalErrorMessage } from "../trpc";

const organizationId = "org-output-test";
const user = { id: "user-output-test", name: "Output Tester", email: "output@example.test" };

const account: AccountRecord = {
  id: "5b0e7f52-4c7e-4a8e-9b8e-0d3f5f0c2a11",
  organizationId,
  code: "1010",
  name: "Operating bank",
  type: "asset",
  currency: "EUR",
  status: "active",
  minimumBalanceMinor: null,
  minimumBalancePolicy: "warn",
  isBankAccount: true,
  balanceMinor: 123_45n,
  createdAt: new Date("2026-01-01T00:00:00Z"),
  updatedAt: new Date("2026-01-01T00:00:00Z"),
};

/** Just enough of a database for `accounts.list`: a viewer's membership and the rows it lists. */
function databaseListing(rows: unknown[]): Database {
  return {
    read: {
      memberships: { roleOf: async () => "viewer", listForUser: async () => [] },
      accounts: { list: async () => rows },
    },
  } as unknown as Database;
}

const signedIn = { api: { getSession: async () => ({ user, session: { activeOrganizationId: organizationId } }) } } as unknown as Auth;

afterEach(() => vi.restoreAllMocks());

describe("output schemas", () => {
  it("accept an outcome that matches and refuse one that does not", () => {
    const good = { state: account, message: "Account 1010 Operating bank is open.", triggered: [], warnings: [], replayed: false };
    expect(accountOutcomeSchema.parse(good)).toEqual(good);
    for (const bad of [
      { ...good, state: { ...account, balanceMinor: 12345 } }, // money as a number, not a bigint
      { ...good, state: { ...account, createdAt: "2026-01-01" } }, // a date as a string
      { ...good, state: { ...account, status: "archived" } }, // outside the enum
      { ...good, warnings: [{ message: "no code" }] },
      { state: account, message: "no replayed flag", triggered: [], warnings: [] },
    ]) {
      expect(accountOutcomeSchema.safeParse(bad).success).toBe(false);
    }
    expect(warningSchema.safeParse({ code: "LOW_BALANCE", message: "Below minimum." }).success).toBe(true);
    expect(pageSchema(warningSchema).safeParse({ items: [] }).success).toBe(false);
  });

  it("make a procedure refuse a result that does not match, as a server error", async () => {
    const caller = createCallerFactory(appRouter)(await createContext({ db: databaseListing([{ ...account, balanceMinor: 12345 }]), auth: signedIn }, new Headers()));
    const error = await caller.accounts.list().then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("INTERNAL_SERVER_ERROR");
    expect((error as TRPCError).message).toBe("Output validation failed");
    const cause = (error as TRPCError).cause;
    expect(cause).toBeInstanceOf(ZodError);
    expect((cause as ZodError).issues.map((i) => i.path)).toEqual([[0, "balanceMinor"]]);
  });

  it("answer 500 over HTTP for a refused result, without blaming the input", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const handle = createRequestHandler({ db: databaseListing([{ ...account, balanceMinor: "12345" }]), auth: signedIn });
    const client = createClosebookClient({ url: "http://closebook.test/api/trpc", fetch: async (input, init) => handle(new Request(input, init)) });
    const error = await client.accounts.list.query().then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCClientError);
    const { data, message } = error as TRPCClientError<typeof appRouter>;
    // The client learns only that it failed and the request id; the server log has the rest.
    expect(data?.requestId).toEqual(expect.any(String));
    expect(message).toBe(internalErrorMessage(String(data?.requestId)));
    expect(message).not.toMatch(/balanceMinor|validation|Zod/i);
    expect(data?.code).toBe("INTERNAL_SERVER_ERROR");
    expect(data?.httpStatus).toBe(500);
    expect(data?.fieldErrors).toBeNull();
    expect(data?.domainCode).toBeNull();
    expect(JSON.stringify(data)).not.toMatch(/stack|\.ts|node_modules/);
    expect(logged).toHaveBeenCalledWith(`[request ${String(data?.requestId)}] accounts.list failed:`, expect.any(ZodError));
  });

  it("tell core's refusal of the input (400) from any other ZodError raised while serving (500) by type, not by message", async () => {
    const throwing = (error: unknown) =>
      ({ read: { memberships: { roleOf: async () => "viewer", listForUser: async () => [] }, accounts: { list: async () => Promise.reject(error) } } }) as unknown as Database;
    const refusal = (() => {
      try {
        parseInput(z.object({ code: z.string() }), { code: 1 });
      } catch (error) {
        return error;
      }
    })();
    expect(isInvalidInputError(refusal)).toBe(true);
    const asInput = await createCallerFactory(appRouter)(await createContext({ db: throwing(refusal), auth: signedIn }, new Headers())).accounts.list().then(() => null, (e: unknown) => e);
    expect((asInput as TRPCError).code).toBe("BAD_REQUEST");
    // The same issues, unmarked (and even with tRPC's own output-failure message), are the server's fault.
    const unmarked = new ZodError((refusal as ZodError).issues);
    expect(isInvalidInputError(unmarked)).toBe(false);
    const asBug = await createCallerFactory(appRouter)(await createContext({ db: throwing(unmarked), auth: signedIn }, new Headers())).accounts.list().then(() => null, (e: unknown) => e);
    expect((asBug as TRPCError).code).toBe("INTERNAL_SERVER_ERROR");
  });

  it("pass a matching result through, without keys the schema does not declare", async () => {
    const caller = createCallerFactory(appRouter)(await createContext({ db: databaseListing([{ ...account, internalNote: "not for clients" }]), auth: signedIn }, new Headers()));
    expect(await caller.accounts.list()).toEqual([account]);
  });
});
