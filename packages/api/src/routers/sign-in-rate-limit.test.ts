import { randomUUID } from "node:crypto";
import { clientAddressHeader, type ClientConnection } from "@closebook/auth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiHarness, type ApiHarness } from "../testing/api-harness";

const baseURL = "http://closebook.test";
const password = "correct horse battery staple";

let h: ApiHarness;
/** The same API behind a proxy that sets x-forwarded-for (CLOSEBOOK_TRUSTED_PROXY_HEADER). */
let proxied: ApiHarness;

beforeAll(async () => {
  [h, proxied] = await Promise.all([createApiHarness(), createApiHarness({ trustedProxyHeader: "x-forwarded-for" })]);
});
afterAll(async () => {
  await Promise.all([h.destroy(), proxied.destroy()]);
});

/** A user with `password` (signed up through the server API, which has no rate limit). */
async function newUser(harness: ApiHarness, name: string): Promise<string> {
  const email = `${name}-${randomUUID().slice(0, 8)}@example.test`;
  await harness.deps.auth.api.signUpEmail({ body: { email, password, name } });
  return email;
}

function signIn(
  harness: ApiHarness,
  body: { email: string; password: string },
  connection?: ClientConnection,
  headers: Record<string, string> = {},
): Promise<Response> {
  return harness.handle(
    new Request(`${baseURL}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: baseURL, ...headers },
      body: JSON.stringify(body),
    }),
    connection,
  );
}

const wrong = (email: string) => ({ email, password: "wrong password 123" });

function retryAfterSeconds(response: Response): number {
  const value = Number(response.headers.get("retry-after"));
  expect(Number.isInteger(value)).toBe(true);
  return value;
}

describe("sign-in rate limiting", () => {
  it("refuses address A with 429 and Retry-After while address B signs in", async () => {
    const email = await newUser(h, "per-address");
    const fromA = { remoteAddress: "203.0.113.21" };
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await signIn(h, wrong(`a-${i}@example.test`), fromA)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401]);
    const refused = await signIn(h, { email, password }, fromA);
    expect(refused.status).toBe(429);
    expect(retryAfterSeconds(refused)).toBeGreaterThan(0);
    expect(retryAfterSeconds(refused)).toBeLessThanOrEqual(60);

    expect((await signIn(h, { email, password }, { remoteAddress: "203.0.113.22" })).status).toBe(200);
  });

  it("refuses one e-mail after 10 failures from many addresses while another e-mail signs in", async () => {
    const target = await newUser(h, "per-account");
    const other = await newUser(h, "per-account-other");
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await signIn(h, wrong(target), { remoteAddress: `192.0.2.${10 + i}` })).status);
    expect(statuses.every((s) => s === 401)).toBe(true);

    // The right password from a fresh address is refused too: the account is locked for the window.
    const refused = await signIn(h, { email: target.toUpperCase(), password }, { remoteAddress: "192.0.2.40" });
    expect(refused.status).toBe(429);
    expect(retryAfterSeconds(refused)).toBeGreaterThan(60);
    expect(retryAfterSeconds(refused)).toBeLessThanOrEqual(15 * 60);

    expect((await signIn(h, { email: other, password }, { remoteAddress: "192.0.2.41" })).status).toBe(200);
  });

  it("a success clears an account's failures", async () => {
    const email = await newUser(h, "cleared");
    for (let i = 0; i < 9; i++) expect((await signIn(h, wrong(email), { remoteAddress: `192.0.2.${100 + i}` })).status).toBe(401);
    expect((await signIn(h, { email, password }, { remoteAddress: "192.0.2.120" })).status).toBe(200);
    for (let i = 0; i < 2; i++) expect((await signIn(h, wrong(email), { remoteAddress: `192.0.2.${130 + i}` })).status).toBe(401);
  });

  it("without any address, one client's failures do not lock out another account", async () => {
    const first = await newUser(h, "no-address-1");
    const second = await newUser(h, "no-address-2");
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await signIn(h, wrong(first))).status);
    // Limited per account only (10 failures), never in one bucket for every address-less client.
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
    // Other address-less clients: failures for other e-mails and a sign-in all go through.
    for (let i = 0; i < 6; i++) expect((await signIn(h, wrong(`stranger-${i}@example.test`))).status).toBe(401);
    expect((await signIn(h, { email: second, password })).status).toBe(200);
  });

  it("ignores a client-sent internal address header when no trusted proxy header is configured", async () => {
    const victimAddress = "198.51.100.200";
    const victim = await newUser(h, "victim");
    // Failures that claim the victim's address (with no real address, or from the attacker's socket).
    for (let i = 0; i < 6; i++) {
      const response = await signIn(h, wrong(`attacker-${i}@example.test`), undefined, { [clientAddressHeader]: victimAddress });
      expect(response.status).toBe(401);
    }
    expect((await signIn(h, { email: victim, password }, { remoteAddress: victimAddress })).status).toBe(200);

    // The attacker's own socket address is what counts, whatever the header says.
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const forged = { [clientAddressHeader]: `198.51.100.${210 + i}` };
      statuses.push((await signIn(h, wrong(`forger-${i}@example.test`), { remoteAddress: "203.0.113.230" }, forged)).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it("keys on the last x-forwarded-for entry when that header is the trusted proxy header", async () => {
    const email = await newUser(proxied, "proxied");
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      // A client can put anything before the entry its proxy appends; the socket is the proxy's.
      const headers = { "x-forwarded-for": `10.9.8.${i}, 203.0.113.50` };
      statuses.push((await signIn(proxied, wrong(`p-${i}@example.test`), { remoteAddress: "10.0.0.2" }, headers)).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const ok = await signIn(proxied, { email, password }, { remoteAddress: "10.0.0.2" }, { "x-forwarded-for": "203.0.113.50, 203.0.113.51" });
    expect(ok.status).toBe(200);
  });
});
