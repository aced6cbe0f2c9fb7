/**
 * Walks the whole router, so that no procedure can be forgotten: for each one, inputs generated
 * from its own input schema (fast-check), then broken at one place (wrong types, 2^63 and beyond,
 * impossible and far dates, NUL, lone surrogates, zero-width and oversized text, unknown ids and
 * the other organization's ids), sent over HTTP by a signed-in admin or clerk.
 *
 * Every answer is either a success whose output passed its schema, or a typed refusal: never a
 * 500, always a stable domain code, and a refused call writes nothing (every count and balance of
 * both organizations as before); a successful one never writes into the other organization.
 *
 * FUZZ_RUNS sets the cases per procedure (CI: 8; `pnpm fuzz` runs 300).
 */
import { errorCodes } from "@closebook/core";
import { countSideEffects } from "@closebook/db/testing";
import { TRPCClientError } from "@trpc/client";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { appRouter, type AppRouter } from "../root";
import { createApiHarness, type ApiHarness } from "../testing/api-harness";
import { brokenArbitrary, validArbitrary, type IdPools } from "../testing/schema-arbitraries";

const runs = Number(process.env.FUZZ_RUNS ?? 8);
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

type Client = Awaited<ReturnType<ApiHarness["signInAs"]>>["client"];
let h: ApiHarness;
let callers: { role: string; client: Client }[] = [];
let otherOrganization: string;
const pool: Record<string, string[]> = {};
const foreign: string[] = [];
const stats = { calls: 0, succeeded: 0, refused: new Map<string, number>() };

const fieldPools: Record<string, string> = {
  accountId: "accounts",
  sourceAccountId: "accounts",
  destinationAccountId: "accounts",
  receivableAccountId: "accounts",
  revenueAccountId: "accounts",
  bankAccountId: "accounts",
  customerId: "customers",
  counterpartyId: "vendors",
  chargeId: "charges",
  movementId: "movements",
  entryId: "entries",
  taskId: "tasks",
  ids: "notifications",
};

const pools: IdPools = {
  byField: (field) => pool[fieldPools[field] ?? ""] ?? Object.values(pool).flat(),
  foreign,
};

const add = (name: string, id: string) => (pool[name] ??= []).push(id);

beforeAll(async () => {
  h = await createApiHarness();
  const admin = (await h.signInAs("admin")).client;
  const clerk = (await h.signInAs("clerk")).client;
  const approver = (await h.signInAs("approver")).client;
  callers = [
    { role: "admin", client: admin },
    { role: "clerk", client: clerk },
  ];
  const account = async (client: Client, input: Parameters<Client["accounts"]["create"]["mutate"]>[0]) => (await client.accounts.create.mutate(input)).state.id;
  const bank = await account(admin, { code: "1010", name: "Operating bank", type: "asset", currency: "EUR", isBankAccount: true });
  const receivable = await account(admin, { code: "1100", name: "Receivables", type: "asset", currency: "EUR" });
  const payable = await account(admin, { code: "2000", name: "Payables", type: "liability", currency: "EUR" });
  const equity = await account(admin, { code: "3000", name: "Capital", type: "equity", currency: "EUR" });
  const revenue = await account(admin, { code: "4000", name: "Revenue", type: "revenue", currency: "EUR" });
  const expense = await account(admin, { code: "6000", name: "Expenses", type: "expense", currency: "EUR" });
  for (const id of [bank, receivable, payable, equity, revenue, expense]) add("accounts", id);
  const opening = await admin.ledger.postEntry.mutate({
    effectiveDate: new Date(),
    memo: "Opening capital",
    lines: [
      { accountId: bank, debitMinor: 1_000_000_00n },
      { accountId: equity, creditMinor: 1_000_000_00n },
    ],
  });
  add("entries", opening.state.id);
  const customer = (await clerk.counterparties.create.mutate({ kind: "customer", name: "Contoso Retail" })).state.id;
  const vendor = (await clerk.counterparties.create.mutate({ kind: "vendor", name: "Acme Supplies" })).state.id;
  add("customers", customer);
  add("vendors", vendor);
  for (const amount of [1_000_00n, 2_500_00n]) {
    const draft = await clerk.charges.create.mutate({ customerId: customer, description: "Consulting", currency: "EUR", amountMinor: amount, receivableAccountId: receivable, revenueAccountId: revenue });
    add("charges", draft.state.id);
  }
  const issued = await clerk.charges.create.mutate({ customerId: customer, description: "Licences", currency: "EUR", amountMinor: 900_00n, receivableAccountId: receivable, revenueAccountId: revenue });
  await clerk.charges.issue.mutate({ chargeId: issued.state.id });
  add("charges", issued.state.id);
  for (const amount of [500_00n, 60_000_00n]) {
    const movement = await clerk.movements.request.mutate({ kind: "vendor_payment", description: "Supplies", amountMinor: amount, sourceAccountId: bank, destinationAccountId: payable, counterpartyId: vendor });
    add("movements", movement.state.id);
  }
  for (const task of (await approver.tasks.list.query({})).items) add("tasks", task.id);
  for (const notification of (await approver.notifications.list.query({})).items) add("notifications", notification.id);

  // The other organization, whose objects every caller here must find "not found".
  otherOrganization = await h.addOrganization("Other Org");
  const otherAdmin = (await h.signInAs("admin", otherOrganization)).client;
  const otherBank = await account(otherAdmin, { code: "1010", name: "Their bank", type: "asset", currency: "EUR", isBankAccount: true });
  const otherReceivable = await account(otherAdmin, { code: "1100", name: "Their receivables", type: "asset", currency: "EUR" });
  const otherRevenue = await account(otherAdmin, { code: "4000", name: "Their revenue", type: "revenue", currency: "EUR" });
  const otherCustomer = (await otherAdmin.counterparties.create.mutate({ kind: "customer", name: "Their customer" })).state.id;
  const otherCharge = (await otherAdmin.charges.create.mutate({ customerId: otherCustomer, description: "Theirs", currency: "EUR", amountMinor: 100n, receivableAccountId: otherReceivable, revenueAccountId: otherRevenue })).state.id;
  foreign.push(otherBank, otherReceivable, otherRevenue, otherCustomer, otherCharge);
}, 120_000);

afterAll(async () => {
  const refused = [...stats.refused].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ${n}`).join(", ");
  console.log(`router fuzz: ${stats.calls} calls (${runs} per procedure and caller), ${stats.succeeded} succeeded; refused: ${refused}`);
  await h.destroy();
});

interface ProcedureDef {
  _def: { type: "query" | "mutation" | "subscription"; inputs: z.ZodType[] };
}

const procedures = Object.entries((appRouter._def as unknown as { procedures: Record<string, ProcedureDef> }).procedures).sort(([a], [b]) => a.localeCompare(b));

function call(client: Client, path: string, type: "query" | "mutation", input: unknown): Promise<unknown> {
  let target: unknown = client;
  for (const part of path.split(".")) target = (target as Record<string, unknown>)[part];
  const endpoint = target as { query: (input: unknown) => Promise<unknown>; mutate: (input: unknown) => Promise<unknown> };
  return type === "query" ? endpoint.query(input) : endpoint.mutate(input);
}

const knownCodes = new Set<string>(errorCodes);
/** The admin and the clerk of the organization call each procedure in turn. */
const callerCount = 2;

describe("every procedure, fuzzed from its input schema", () => {
  it("covers the whole router", () => {
    expect(procedures.length).toBeGreaterThan(30);
  });

  for (const [path, procedure] of procedures) {
    const { type, inputs } = procedure._def;
    if (type === "subscription") continue;
    it(`${path} (${type}) answers typed refusals and writes nothing when it refuses`, { timeout: 30_000 + runs * callerCount * 3_000 }, async () => {
      const [inputSchema] = inputs;
      const input = inputSchema ? fc.oneof({ weight: 2, arbitrary: validArbitrary(inputSchema, pools) }, { weight: 3, arbitrary: brokenArbitrary(inputSchema, pools) }) : fc.constant(undefined);
      await fc.assert(
        fc.asyncProperty(input, fc.nat({ max: callers.length - 1 }), async (value, who) => {
          const caller = callers[who] ?? callers[0];
          if (!caller) throw new Error("no callers");
          const before = await Promise.all([countSideEffects(h.t.db, h.organizationId), countSideEffects(h.t.db, otherOrganization)]);
          stats.calls++;
          const outcome = await call(caller.client, path, type, value).then(
            () => ({ ok: true as const }),
            (error: unknown) => ({ ok: false as const, error }),
          );
          const after = await Promise.all([countSideEffects(h.t.db, h.organizationId), countSideEffects(h.t.db, otherOrganization)]);
          expect(after[1], "nothing is ever written into the other organization").toEqual(before[1]);
          if (outcome.ok) {
            stats.succeeded++;
            return;
          }
          const { error } = outcome;
          if (!(error instanceof TRPCClientError)) throw error;
          const data = (error as TRPCClientError<AppRouter>).data;
          const where = `${path} as ${caller.role} with ${show(value)}`;
          expect(data?.httpStatus, `${where}: ${error.message}`).toBeLessThan(500);
          expect(knownCodes.has(String(data?.domainCode)), `${where}: untyped refusal ${data?.code} ${error.message}`).toBe(true);
          expect(error.message, where).not.toMatch(/prisma|postgres|\bSQL\b|invalid input syntax|\.ts:\d|node_modules|\bat .+:\d+:\d+/i);
          expect(after[0], `${where}: a refused call wrote something`).toEqual(before[0]);
          stats.refused.set(String(data?.domainCode), (stats.refused.get(String(data?.domainCode)) ?? 0) + 1);
        }),
        { numRuns: runs * callerCount, ...(seed === undefined ? {} : { seed }), endOnFailure: true },
      );
    });
  }
});

function show(value: unknown): string {
  // JSON.stringify(undefined) is undefined: a procedure called without its input.
  const text = JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? `${v}n` : typeof v === "string" && v.length > 60 ? `${v.slice(0, 20)}…(${v.length} chars)` : v)) ?? String(value);
  return text.length > 400 ? `${text.slice(0, 400)}…` : text;
}
