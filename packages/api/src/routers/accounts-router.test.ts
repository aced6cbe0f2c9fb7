import { TRPCClientError } from "@trpc/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AppRouter } from "../root";
import { createApiHarness, type ApiHarness } from "../testing/api-harness";

let h: ApiHarness;
beforeAll(async () => {
  h = await createApiHarness();
});
afterAll(() => h.destroy());

async function trpcError(promise: Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(TRPCClientError);
  return error as TRPCClientError<AppRouter>;
}

const countAccounts = () => h.t.db.prisma.ledgerAccount.count({ where: { organizationId: h.organizationId } });

describe("accounts procedures over HTTP", () => {
  it("answers UNAUTHORIZED without a session", async () => {
    const error = await trpcError(h.anonymousClient().accounts.list.query());
    expect(error.data?.code).toBe("UNAUTHORIZED");
    expect(error.data?.httpStatus).toBe(401);
  });

  it("lets a controller create an account and a viewer list it", async () => {
    const { client } = await h.signInAs("controller");
    const result = await client.accounts.create.mutate({ code: "1010", name: "Operating bank", type: "asset", currency: "EUR", minimumBalanceMinor: 1000n });
    expect(result.message).toBe("Account 1010 Operating bank is open.");
    expect(result.state.minimumBalanceMinor).toBe(1000n);
    const viewer = await h.signInAs("viewer");
    const accounts = await viewer.client.accounts.list.query();
    expect(accounts.map((a) => a.code)).toContain("1010");
  });

  it("answers FORBIDDEN to a clerk and writes nothing", async () => {
    const { client } = await h.signInAs("clerk");
    const before = await countAccounts();
    const error = await trpcError(client.accounts.create.mutate({ code: "1020", name: "Clerk's account", type: "asset", currency: "EUR" }));
    expect(error.data?.code).toBe("FORBIDDEN");
    expect(error.data?.domainCode).toBe("NOT_PERMITTED");
    expect(await countAccounts()).toBe(before);
  });

  it("answers BAD_REQUEST naming each bad field and writes nothing", async () => {
    const { client } = await h.signInAs("admin");
    const before = await countAccounts();
    const error = await trpcError(
      client.accounts.create.mutate({ code: "!!", name: "", type: "cash" as never, currency: "XYZ", minimumBalanceMinor: 1.5 as never }),
    );
    expect(error.data?.code).toBe("BAD_REQUEST");
    expect(error.data?.httpStatus).toBe(400);
    expect(Object.keys(error.data?.fieldErrors ?? {}).sort()).toEqual(["code", "currency", "minimumBalanceMinor", "name", "type"]);
    expect(error.message).toContain("currency");
    expect(await countAccounts()).toBe(before);
  });

  it("answers CONFLICT with the domain code for a duplicate code", async () => {
    const { client } = await h.signInAs("controller");
    const error = await trpcError(client.accounts.create.mutate({ code: "1010", name: "Again", type: "asset", currency: "EUR" }));
    expect(error.data?.code).toBe("CONFLICT");
    expect(error.data?.domainCode).toBe("DUPLICATE_ACCOUNT_CODE");
  });

  it("replays a retried create with the same idempotency key", async () => {
    const { client } = await h.signInAs("controller");
    const input = { code: "1030", name: "Savings", type: "asset", currency: "EUR", idempotencyKey: "3b9f0d7e-retry" } as const;
    const first = await client.accounts.create.mutate(input);
    const second = await client.accounts.create.mutate(input);
    expect(second.replayed).toBe(true);
    expect(second.state.id).toBe(first.state.id);
  });

  it("answers an account's available balance to a viewer, NOT_FOUND for an unknown account", async () => {
    const { client } = await h.signInAs("viewer");
    const [operating] = (await client.accounts.list.query()).filter((a) => a.code === "1010");
    expect(await client.accounts.availableBalance.query({ accountId: operating?.id ?? "" })).toMatchObject({
      code: "1010",
      currency: "EUR",
      balanceMinor: 0n,
      pendingMinor: 0n,
      availableMinor: 0n,
      minimumBalanceMinor: 1000n,
      minimumBalancePolicy: "warn",
    });
    const error = await trpcError(client.accounts.availableBalance.query({ accountId: crypto.randomUUID() }));
    expect(error.data?.domainCode).toBe("ACCOUNT_NOT_FOUND");
    const bad = await trpcError(client.accounts.availableBalance.query({ accountId: "not-an-id" }));
    expect(bad.data?.code).toBe("BAD_REQUEST");
  });

  it("never shows another organization's accounts", async () => {
    const { client, userId } = await h.signInAs("viewer");
    const otherOrg = crypto.randomUUID();
    await h.t.db.prisma.organization.create({ data: { id: otherOrg, name: "Other", slug: `other-${otherOrg.slice(0, 6)}` } });
    await h.t.db.prisma.ledgerAccount.create({ data: { organizationId: otherOrg, code: "9999", name: "Secret", type: "asset", currency: "EUR" } });
    const accounts = await client.accounts.list.query();
    expect(accounts.some((a) => a.code === "9999")).toBe(false);
    expect(userId).toBeTruthy();
  });
});

describe("sign-in", () => {
  it("slows down repeated failed sign-ins from one address with 429", async () => {
    const attempt = () =>
      h.handle(
        new Request("http://closebook.test/api/auth/sign-in/email", {
          method: "POST",
          headers: { "content-type": "application/json", origin: "http://closebook.test" },
          body: JSON.stringify({ email: "nobody@example.test", password: "wrong password 123" }),
        }),
        { remoteAddress: "203.0.113.9" },
      );
    const responses: Response[] = [];
    for (let i = 0; i < 7; i++) responses.push(await attempt());
    const statuses = responses.map((r) => r.status);
    expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const retryAfter = Number(responses[6]?.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });
});
