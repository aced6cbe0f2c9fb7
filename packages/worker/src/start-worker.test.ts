import { createAccount, createCounterparty, jobCrontab, jobNames, requestMovement, type Actor } from "@closebook/core";
import { createTestDatabase, createTestOrganization, type TestDatabase } from "@closebook/db/testing";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createLogMailer } from "./log-mailer";
import { startWorker } from "./start-worker";
import { crontab, createTaskList } from "./task-list";

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

it("runs every job of core's registry, and fails a job whose payload its schema refuses for good, without retries", async () => {
  expect(Object.keys(createTaskList(t.db, createLogMailer(() => {}))).sort()).toEqual([...jobNames].sort());
  expect(crontab).toBe(jobCrontab());

  const jobKey = `bad-payload:${randomUUID()}`;
  // A job enqueued behind core's back (an old release, a hand-made row) with a payload that can never succeed.
  await t.db.transaction((tx) => tx.jobs.enqueue("deliver-notification", { notificationId: "not-a-uuid" }, { jobKey, maxAttempts: 10 }));
  const worker = await startWorker({ connectionString: t.url, mailer: createLogMailer(() => {}), concurrency: 1, pollIntervalMs: 100 });
  try {
    const failed = await until(async () => {
      const job = (await t.db.read.jobs.pending("deliver-notification")).find((j) => j.key === jobKey);
      return job && job.attempts > 0 ? job : null;
    });
    expect(failed.attempts).toBe(1);
    // It is not picked up again: its attempts stay at the one it had.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const later = (await t.db.read.jobs.pending("deliver-notification")).find((j) => j.key === jobKey);
    expect(later?.attempts).toBe(1);
    expect(later?.maxAttempts).toBe(1);
    expect(later?.lastError).toMatch(/deliver-notification refused its payload: notificationId/);
  } finally {
    await worker.stop();
  }
});

