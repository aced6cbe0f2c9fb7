import { createAccount, createCounterparty, requestMovement, type Actor } from "@closebook/core";
import { createTestDatabase, createTestOrganization, type TestDatabase } from "@closebook/db/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createLogMailer } from "./log-mailer";
import { startWorker } from "./start-worker";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.destroy());

async function until<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting for the worker");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

it("two workers deliver each notification's e-mail exactly once", async () => {
  const org = await createTestOrganization(t.db, ["clerk", "approver", "approver", "admin"]);
  const actor = (role: Actor["role"]): Actor => ({ userId: org.member(role).userId, organizationId: org.organizationId, role, requestId: "worker-test" });
  const bank = await createAccount(t.db, actor("admin"), { code: "1010", name: "Bank", type: "asset", currency: "EUR", isBankAccount: true });
  const payable = await createAccount(t.db, actor("admin"), { code: "2000", name: "Payables", type: "liability", currency: "EUR" });
  const vendor = await createCounterparty(t.db, actor("clerk"), { kind: "vendor", name: "Paper Co" });
  const requested = await requestMovement(t.db, actor("clerk"), {
    kind: "vendor_payment",
    description: "Paper",
    amountMinor: 120_00n,
    sourceAccountId: bank.state.id,
    destinationAccountId: payable.state.id,
    counterpartyId: vendor.state.id,
  });
  expect(requested.triggered).toContain("notified 3 approvers");

  const mailers = [createLogMailer(() => {}), createLogMailer(() => {})];
  const workers = await Promise.all(mailers.map((mailer) => startWorker({ connectionString: t.url, mailer, concurrency: 2, pollIntervalMs: 100 })));
  try {
    const delivered = await until(async () => {
      const rows = await t.db.read.notifications.listForUser({ organizationId: org.organizationId, userId: org.member("admin").userId, limit: 10 });
      const all = await Promise.all(org.members.filter((m) => m.role !== "clerk").map((m) => t.db.read.notifications.listForUser({ organizationId: org.organizationId, userId: m.userId, limit: 10 })));
      return rows.length > 0 && all.flat().every((n) => n.deliveredAt !== null) ? all.flat() : null;
    });
    expect(delivered).toHaveLength(3);
    const sent = mailers.flatMap((m) => m.sent);
    expect(sent).toHaveLength(3);
    expect(new Set(sent.map((s) => s.to)).size).toBe(3);
  } finally {
    await Promise.all(workers.map((w) => w.stop()));
  }
});
