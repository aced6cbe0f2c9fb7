/**
 * The cases that used to break the back office, hit as a user or an outside TypeScript client
 * would: through the procedures over HTTP. Each is now a typed 4xx naming the field, and writes
 * nothing; and two real organizations never see or change each other's objects.
 */
import { addDays, formatDate, today } from "@closebook/core";
import { countSideEffects } from "@closebook/db/testing";
import { TRPCClientError } from "@trpc/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClosebookClient } from "../client";
import type { AppRouter } from "../root";
import { createApiHarness, type ApiHarness } from "../testing/api-harness";

type Client = Awaited<ReturnType<ApiHarness["signInAs"]>>["client"];
let h: ApiHarness;
let admin: Client;
let clerk: Client;
let secondClerk: Client;
let approver: Client;
const ids: Record<string, string> = {};
const theirs: Record<string, string> = {};
let theirOrganization: string;
let theirAdmin: Client;

async function refusal(promise: Promise<unknown>): Promise<TRPCClientError<AppRouter>> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(TRPCClientError);
  return error as TRPCClientError<AppRouter>;
}

/** Runs `call`, expects a typed refusal with `code` naming `field` (when given), and that nothing was written in either organization. */
async function expectRefused(call: () => Promise<unknown>, code: string, field?: string) {
  const before = await Promise.all([countSideEffects(h.t.db, h.organizationId), countSideEffects(h.t.db, theirOrganization)]);
  const error = await refusal(call());
  expect(error.data?.domainCode, error.message).toBe(code);
  expect(error.data?.httpStatus).toBeGreaterThanOrEqual(400);
  expect(error.data?.httpStatus).toBeLessThan(500);
  if (field) expect(Object.keys(error.data?.fieldErrors ?? {}), error.message).toContain(field);
  expect(error.message).not.toMatch(/prisma|postgres|bigint out of range|\.ts:\d|node_modules/i);
  expect(await Promise.all([countSideEffects(h.t.db, h.organizationId), countSideEffects(h.t.db, theirOrganization)])).toEqual(before);
  return error;
}

beforeAll(async () => {
  h = await createApiHarness();
  admin = (await h.signInAs("admin")).client;
  clerk = (await h.signInAs("clerk")).client;
  secondClerk = (await h.signInAs("clerk")).client;
  approver = (await h.signInAs("approver")).client;
  for (const [key, input] of Object.entries({
    bank: { code: "1010", name: "Operating bank", type: "asset", currency: "EUR", isBankAccount: true },
    receivable: { code: "1100", name: "Receivables", type: "asset", currency: "EUR" },
    payable: { code: "2000", name: "Payables", type: "liability", currency: "EUR" },
    equity: { code: "3000", name: "Capital", type: "equity", currency: "EUR" },
    revenue: { code: "4000", name: "Revenue", type: "revenue", currency: "EUR" },
  } as const)) {
    ids[key] = (await admin.accounts.create.mutate(input)).state.id;
  }
  await admin.ledger.postEntry.mutate({
    effectiveDate: today(),
    memo: "Opening capital",
    lines: [
      { accountId: ids.bank ?? "", debitMinor: 1_000_000_00n },
      { accountId: ids.equity ?? "", creditMinor: 1_000_000_00n },
    ],
  });
  ids.customer = (await clerk.counterparties.create.mutate({ kind: "customer", name: "Contoso Retail" })).state.id;
  ids.vendor = (await clerk.counterparties.create.mutate({ kind: "vendor", name: "Acme Supplies" })).state.id;
  ids.draft = (await clerk.charges.create.mutate(draftCharge())).state.id;

  // A second, real organization with objects of every kind.
  theirOrganization = await h.addOrganization("Fabrikam Holdings");
  theirAdmin = (await h.signInAs("admin", theirOrganization)).client;
  for (const [key, input] of Object.entries({
    bank: { code: "1010", name: "Their bank", type: "asset", currency: "EUR", isBankAccount: true },
    receivable: { code: "1100", name: "Their receivables", type: "asset", currency: "EUR" },
    payable: { code: "2000", name: "Their payables", type: "liability", currency: "EUR" },
    equity: { code: "3000", name: "Their capital", type: "equity", currency: "EUR" },
    revenue: { code: "4000", name: "Their revenue", type: "revenue", currency: "EUR" },
  } as const)) {
    theirs[key] = (await theirAdmin.accounts.create.mutate(input)).state.id;
  }
  theirs.entry = (
    await theirAdmin.ledger.postEntry.mutate({
      effectiveDate: today(),
      memo: "Their opening capital",
      lines: [
        { accountId: theirs.bank ?? "", debitMinor: 100_000_00n },
        { accountId: theirs.equity ?? "", creditMinor: 100_000_00n },
      ],
    })
  ).state.id;
  theirs.customer = (await theirAdmin.counterparties.create.mutate({ kind: "customer", name: "Their customer" })).state.id;
  theirs.vendor = (await theirAdmin.counterparties.create.mutate({ kind: "vendor", name: "Their vendor" })).state.id;
  const theirCharge = await theirAdmin.charges.create.mutate({ customerId: theirs.customer, description: "Their charge", currency: "EUR", amountMinor: 10_00n, receivableAccountId: theirs.receivable ?? "", revenueAccountId: theirs.revenue ?? "" });
  theirs.charge = theirCharge.state.id;
  theirs.issuedCharge = (await theirAdmin.charges.issue.mutate({ chargeId: (await theirAdmin.charges.create.mutate({ customerId: theirs.customer, description: "Their issued charge", currency: "EUR", amountMinor: 20_00n, receivableAccountId: theirs.receivable ?? "", revenueAccountId: theirs.revenue ?? "" })).state.id })).state.id;
  const theirApprover = (await h.signInAs("approver", theirOrganization)).client;
  // Large enough for a controllers' review task, and notified to their approver.
  theirs.movement = (await theirAdmin.movements.request.mutate({ kind: "vendor_payment", description: "Their payment", amountMinor: 60_000_00n, sourceAccountId: theirs.bank ?? "", destinationAccountId: theirs.payable ?? "", counterpartyId: theirs.vendor })).state.id;
  theirs.task = (await theirAdmin.tasks.list.query({})).items[0]?.id ?? "";
  theirs.notification = (await theirApprover.notifications.list.query({})).items[0]?.id ?? "";
}, 120_000);
afterAll(() => h.destroy());

function draftCharge(overrides: Record<string, unknown> = {}) {
  return { customerId: ids.customer ?? "", description: "Consulting, November", currency: "EUR", amountMinor: 1_250_00n, receivableAccountId: ids.receivable ?? "", revenueAccountId: ids.revenue ?? "", ...overrides };
}

describe("dates", () => {
  it("refuses to issue a charge dated 9999-12-31, and the charge list keeps working", async () => {
    await expectRefused(() => clerk.charges.issue.mutate({ chargeId: ids.draft ?? "", issueDate: "9999-12-31" }), "INVALID_INPUT", "issueDate");
    await expectRefused(() => clerk.charges.issue.mutate({ chargeId: ids.draft ?? "", issueDate: new Date(Date.UTC(9999, 11, 31)) }), "INVALID_INPUT", "issueDate");
    const list = await clerk.charges.list.query({});
    expect(list.items.map((c) => c.id)).toContain(ids.draft);
    expect((await clerk.charges.byId.query({ chargeId: ids.draft ?? "" })).charge.status).toBe("draft");
  });

  it("refuses a due date in year 10000, and impossible or two-digit-year dates instead of shifting them", async () => {
    await expectRefused(() => clerk.charges.create.mutate(draftCharge({ dueDate: "10000-01-01" })), "INVALID_INPUT", "dueDate");
    await expectRefused(() => clerk.charges.create.mutate(draftCharge({ dueDate: new Date(Date.UTC(10000, 0, 30)) })), "INVALID_INPUT", "dueDate");
    await expectRefused(() => clerk.charges.create.mutate(draftCharge({ dueDate: "2026-02-30" })), "INVALID_INPUT", "dueDate");
    await expectRefused(() => clerk.charges.create.mutate(draftCharge({ dueDate: "0099-05-01" })), "INVALID_INPUT", "dueDate");
  });

  it("refuses an issue date past the organization's horizon, and a due date before the issue date", async () => {
    await expectRefused(() => clerk.charges.issue.mutate({ chargeId: ids.draft ?? "", issueDate: formatDate(addDays(today(), 400)) }), "DATE_OUTSIDE_WINDOW", "issueDate");
    const early = await clerk.charges.create.mutate(draftCharge({ dueDate: formatDate(addDays(today(), -10)) }));
    const error = await expectRefused(() => clerk.charges.issue.mutate({ chargeId: early.state.id, issueDate: formatDate(today()) }), "DUE_DATE_BEFORE_ISSUE_DATE", "issueDate");
    expect(error.message).toMatch(/before its issue date/);
  });

  it("refuses manual entries dated 1900-01-01, 9999-12-31 or before the ledger starts, opening no period", async () => {
    const entry = (effectiveDate: string) => ({
      effectiveDate,
      memo: "Far away",
      lines: [
        { accountId: ids.bank ?? "", debitMinor: 1_00n },
        { accountId: ids.equity ?? "", creditMinor: 1_00n },
      ],
    });
    await expectRefused(() => admin.ledger.postEntry.mutate(entry("1900-01-01")), "INVALID_INPUT", "effectiveDate");
    await expectRefused(() => admin.ledger.postEntry.mutate(entry("9999-12-31")), "INVALID_INPUT", "effectiveDate");
    await h.t.db.prisma.organization.update({ where: { id: h.organizationId }, data: { ledgerStartsOn: new Date("2025-01-01T00:00:00Z") } });
    try {
      const error = await expectRefused(() => admin.ledger.postEntry.mutate(entry("2024-12-31")), "DATE_OUTSIDE_WINDOW", "effectiveDate");
      expect(error.message).toMatch(/before this organization's ledger starts \(2025-01-01\)/);
      await expectRefused(() => admin.ledger.postEntry.mutate(entry(formatDate(addDays(today(), 367)))), "DATE_OUTSIDE_WINDOW", "effectiveDate");
    } finally {
      await h.t.db.prisma.organization.update({ where: { id: h.organizationId }, data: { ledgerStartsOn: new Date("2000-01-01T00:00:00Z") } });
    }
  });

  it("refuses a movement dated past the horizon when it is requested, not later at approval", async () => {
    await expectRefused(
      () => clerk.movements.request.mutate({ kind: "vendor_payment", description: "Late payment", amountMinor: 10_00n, sourceAccountId: ids.bank ?? "", destinationAccountId: ids.payable ?? "", counterpartyId: ids.vendor ?? null, effectiveDate: formatDate(addDays(today(), 500)) }),
      "DATE_OUTSIDE_WINDOW",
      "effectiveDate",
    );
  });
});

describe("money", () => {
  it("refuses amounts of 2^63 minor units and more without a driver's message", async () => {
    for (const amountMinor of [2n ** 63n, 2n ** 63n - 1n, 2n ** 64n, 10n ** 15n + 1n]) {
      await expectRefused(() => clerk.charges.create.mutate(draftCharge({ amountMinor })), "INVALID_INPUT", "amountMinor");
    }
  });

  it("refuses lines whose sum would pass 2^63 (lines of 5·10^18) naming the line", async () => {
    const lines = [
      { accountId: ids.bank ?? "", debitMinor: 5n * 10n ** 18n },
      { accountId: ids.bank ?? "", debitMinor: 5n * 10n ** 18n },
      { accountId: ids.equity ?? "", creditMinor: 5n * 10n ** 18n },
      { accountId: ids.equity ?? "", creditMinor: 5n * 10n ** 18n },
    ];
    const error = await expectRefused(() => admin.ledger.postEntry.mutate({ effectiveDate: today(), memo: "Overflow", lines }), "INVALID_INPUT", "lines.0.debitMinor");
    expect(Object.keys(error.data?.fieldErrors ?? {})).toEqual(expect.arrayContaining(["lines.1.debitMinor", "lines.2.creditMinor", "lines.3.creditMinor"]));
  });

  it("refuses a posting that would carry a balance past the ledger's largest amount, as AMOUNT_OUT_OF_RANGE", async () => {
    const huge = await admin.accounts.create.mutate({ code: "1990", name: "Near the limit", type: "asset", currency: "EUR" });
    // A balance a hair below PostgreSQL's bigint maximum, as years of postings could leave it.
    await h.t.db.prisma.$executeRaw`update ledger_account set balance_minor = ${2n ** 63n - 10n} where id = ${huge.state.id}::uuid`;
    try {
      await expectRefused(
        () => admin.ledger.postEntry.mutate({ effectiveDate: today(), memo: "Past the limit", lines: [{ accountId: huge.state.id, debitMinor: 1_000n }, { accountId: ids.equity ?? "", creditMinor: 1_000n }] }),
        "AMOUNT_OUT_OF_RANGE",
      );
    } finally {
      await h.t.db.prisma.$executeRaw`update ledger_account set balance_minor = 0 where id = ${huge.state.id}::uuid`;
    }
  });
});

describe("text", () => {
  const bad = { nul: "Acme\u0000 Ltd", surrogate: "Acme \uD800 Ltd", lowSurrogate: "Acme \uDC00", zeroWidth: "\u200B\u200B\u200B", invisible: "\u2060\uFEFF\u00AD" };

  it("refuses NUL, lone surrogates and invisible-only names in every kind of text field", async () => {
    for (const value of Object.values(bad)) {
      await expectRefused(() => clerk.counterparties.create.mutate({ kind: "vendor", name: value }), "INVALID_INPUT", "name");
      await expectRefused(() => clerk.charges.create.mutate(draftCharge({ description: value })), "INVALID_INPUT", "description");
      const charge = await clerk.charges.create.mutate(draftCharge({ description: "To be issued" }));
      await clerk.charges.issue.mutate({ chargeId: charge.state.id });
      await expectRefused(() => clerk.charges.recordPayment.mutate({ chargeId: charge.state.id, reference: value, amountMinor: 1_00n, bankAccountId: ids.bank ?? "" }), "INVALID_INPUT", "reference");
      await expectRefused(() => admin.charges.void.mutate({ chargeId: charge.state.id, reason: value }), "INVALID_INPUT", "reason");
    }
  });

  it("stores names normalized (NFC) and trimmed", async () => {
    const created = await clerk.counterparties.create.mutate({ kind: "vendor", name: "  Cafe\u0301 Noir  " });
    expect(created.state.name).toBe("Café Noir");
  });
});

describe("idempotency keys are scoped to the caller", () => {
  it("runs the same key and input from another user as a separate request", async () => {
    const input = { kind: "vendor" as const, name: "Northwind Traders", idempotencyKey: "shared-key-0001" };
    const first = await clerk.counterparties.create.mutate(input);
    const replay = await clerk.counterparties.create.mutate(input);
    expect(replay.replayed).toBe(true);
    expect(replay.state.id).toBe(first.state.id);
    // Another clerk with the same key is not given the first clerk's outcome.
    const error = await expectRefused(() => secondClerk.counterparties.create.mutate(input), "DUPLICATE_COUNTERPARTY", "name");
    expect(error.data?.domainCode).toBe("DUPLICATE_COUNTERPARTY");
    const other = await secondClerk.counterparties.create.mutate({ ...input, name: "Northwind Traders II" });
    expect(other.replayed).toBe(false);
  });
});

describe("membership", () => {
  it("refuses a non-member with the NOT_A_MEMBER code on queries and mutations, and no session with NOT_SIGNED_IN", async () => {
    const outsider = await h.signInAs("admin", theirOrganization);
    // Their admin names our organization in the header: not a member here.
    const intruder = createClosebookClient({ url: "http://closebook.test/api/trpc", cookie: outsider.cookie, organizationId: h.organizationId, batch: false, fetch: async (input, init) => h.handle(new Request(input, init)) });
    for (const call of [() => intruder.accounts.list.query(), () => intruder.charges.list.query({}), () => intruder.counterparties.create.mutate({ kind: "vendor", name: "Sneaky vendor" })]) {
      const error = await expectRefused(call, "NOT_A_MEMBER");
      expect(error.data?.httpStatus).toBe(403);
    }
    const anonymous = await expectRefused(() => h.anonymousClient().accounts.list.query(), "NOT_SIGNED_IN");
    expect(anonymous.data?.httpStatus).toBe(401);
  });
});

describe("malformed requests", () => {
  it("answer a typed 4xx too: broken JSON, an unknown procedure, a query sent as a mutation", async () => {
    const { cookie } = await h.signInAs("clerk");
    const send = async (path: string, init: RequestInit) => {
      const response = await h.handle(new Request(`http://closebook.test/api/trpc/${path}`, { ...init, headers: { cookie, "content-type": "application/json", "x-closebook-organization": h.organizationId } }));
      const body = (await response.json()) as { error?: { json?: { message?: string; data?: { domainCode?: string } } } };
      return { status: response.status, code: body.error?.json?.data?.domainCode, message: body.error?.json?.message ?? "" };
    };
    for (const [path, init] of [
      ["counterparties.create", { method: "POST", body: "{not json" }],
      ["counterparties.create", { method: "POST", body: JSON.stringify({ json: { kind: "vendor", name: "x".repeat(2_000_000) } }) }],
      ["no.such.procedure", { method: "GET" }],
      ["accounts.list", { method: "POST", body: "{}" }],
    ] as const) {
      const before = await countSideEffects(h.t.db, h.organizationId);
      const answer = await send(path, init);
      expect(answer.status, `${path}: ${answer.message}`).toBeGreaterThanOrEqual(400);
      expect(answer.status, `${path}: ${answer.message}`).toBeLessThan(500);
      expect(answer.code, path).toBe("INVALID_INPUT");
      expect(answer.message).not.toMatch(/\.ts:\d|node_modules|SyntaxError/);
      expect(await countSideEffects(h.t.db, h.organizationId)).toEqual(before);
    }
  });
});

describe("two organizations", () => {
  it("never lists the other organization's objects", async () => {
    const accounts = await admin.accounts.list.query();
    expect(accounts.map((a) => a.id)).not.toEqual(expect.arrayContaining([theirs.bank]));
    const charges = await admin.charges.list.query({});
    expect(charges.items.map((c) => c.id)).not.toContain(theirs.charge);
    const entries = await admin.ledger.entries.query({});
    expect(entries.items.map((e) => e.id)).not.toContain(theirs.entry);
    const parties = await admin.counterparties.list.query({});
    expect(parties.items.map((c) => c.id)).not.toContain(theirs.customer);
    const movements = await admin.movements.list.query({});
    expect(movements.items.map((m) => m.id)).not.toContain(theirs.movement);
  });

  it("answers NOT_FOUND to every procedure that reads or changes one of their objects, writing nothing", async () => {
    const their = (key: string) => {
      const id = theirs[key];
      if (!id) throw new Error(`no ${key} in the other organization`);
      return id;
    };
    const keys = ["bank", "receivable", "equity", "entry", "customer", "vendor", "charge", "issuedCharge", "movement", "task", "notification"] as const;
    const t = Object.fromEntries(keys.map((key) => [key, their(key)])) as Record<(typeof keys)[number], string>;
    const cases: [string, () => Promise<unknown>, string][] = [
      ["charges.byId", () => admin.charges.byId.query({ chargeId: t.charge }), "CHARGE_NOT_FOUND"],
      ["charges.issue", () => admin.charges.issue.mutate({ chargeId: t.charge }), "CHARGE_NOT_FOUND"],
      ["charges.recordPayment", () => admin.charges.recordPayment.mutate({ chargeId: t.issuedCharge, reference: "REF-THEIRS", amountMinor: 1_00n, bankAccountId: ids.bank ?? "" }), "CHARGE_NOT_FOUND"],
      ["charges.void", () => admin.charges.void.mutate({ chargeId: t.charge, reason: "Not ours" }), "CHARGE_NOT_FOUND"],
      ["charges.create (their customer)", () => admin.charges.create.mutate(draftCharge({ customerId: t.customer })), "COUNTERPARTY_NOT_FOUND"],
      ["charges.create (their accounts)", () => admin.charges.create.mutate(draftCharge({ receivableAccountId: t.receivable })), "ACCOUNT_NOT_FOUND"],
      ["movements.byId", () => admin.movements.byId.query({ movementId: t.movement }), "MOVEMENT_NOT_FOUND"],
      ["movements.cancel", () => admin.movements.cancel.mutate({ movementId: t.movement }), "MOVEMENT_NOT_FOUND"],
      ["movements.request (their account)", () => clerk.movements.request.mutate({ kind: "vendor_payment", description: "Theirs", amountMinor: 1_00n, sourceAccountId: t.bank, destinationAccountId: ids.payable ?? "", counterpartyId: ids.vendor ?? null }), "ACCOUNT_NOT_FOUND"],
      ["movements.request (their vendor)", () => clerk.movements.request.mutate({ kind: "vendor_payment", description: "Theirs", amountMinor: 1_00n, sourceAccountId: ids.bank ?? "", destinationAccountId: ids.payable ?? "", counterpartyId: t.vendor }), "COUNTERPARTY_NOT_FOUND"],
      ["approvals.approve", () => approver.approvals.approve.mutate({ movementId: t.movement }), "MOVEMENT_NOT_FOUND"],
      ["approvals.reject", () => approver.approvals.reject.mutate({ movementId: t.movement, reason: "Not ours" }), "MOVEMENT_NOT_FOUND"],
      ["ledger.entry", () => admin.ledger.entry.query({ entryId: t.entry }), "ENTRY_NOT_FOUND"],
      ["ledger.reverseEntry", () => admin.ledger.reverseEntry.mutate({ entryId: t.entry, reason: "Not ours" }), "ENTRY_NOT_FOUND"],
      ["ledger.accountLedger", () => admin.ledger.accountLedger.query({ accountId: t.bank }), "ACCOUNT_NOT_FOUND"],
      ["ledger.postEntry (their accounts)", () => admin.ledger.postEntry.mutate({ effectiveDate: today(), memo: "Into theirs", lines: [{ accountId: t.bank, debitMinor: 1_00n }, { accountId: t.equity, creditMinor: 1_00n }] }), "ACCOUNT_NOT_FOUND"],
      ["tasks.complete", () => admin.tasks.complete.mutate({ taskId: t.task }), "TASK_NOT_FOUND"],
    ];
    for (const [name, call, code] of cases) {
      const error = await expectRefused(call, code);
      expect(error.data?.httpStatus, name).toBe(404);
    }
    // Marking their notification read changes nothing of theirs.
    const before = await h.t.db.prisma.notification.findUniqueOrThrow({ where: { id: t.notification } });
    expect((await approver.notifications.markRead.mutate({ ids: [t.notification] })).state.marked).toBe(0);
    expect(await h.t.db.prisma.notification.findUniqueOrThrow({ where: { id: t.notification } })).toEqual(before);
  });
});
