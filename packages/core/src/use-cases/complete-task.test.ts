import {
  actorFor,
  countSideEffects,
  createTestDatabase,
  createTestOrganization,
  expectDelta,
  expectRefused,
  fundAccount,
  seedLedger,
  tasksAbout,
  type SeededLedger,
  type TestDatabase,
  type TestOrganization,
} from "@closebook/db/testing";
import type { DomainError } from "../errors";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { completeTask } from "./complete-task";
import { createAccount } from "./create-account";
import { createCounterparty } from "./create-counterparty";
import { postManualJournalEntry } from "./post-manual-journal-entry";
import { rejectMovement } from "./reject-movement";
import { requestMovement } from "./request-movement";

let t: TestDatabase;
let org: TestOrganization;
let books: SeededLedger;

/** A large payment request creates a 'Review large payment' task for controllers. */
async function reviewTask() {
  const { state } = await requestMovement(t.db, actorFor(org, "clerk"), {
    kind: "vendor_payment",
    description: "Machinery",
    amountMinor: 60_000_00n,
    sourceAccountId: books.operatingBank.id,
    destinationAccountId: books.expenses.id,
    counterpartyId: books.vendor.id,
  });
  const [task] = await tasksAbout(t.db, org.organizationId, state.id);
  if (!task) throw new Error("no review task");
  return { movement: state, task };
}

/** A rejection creates a 'Revise rejected movement' task for the requester personally. */
async function reviseTask() {
  const { movement } = await reviewTask();
  await rejectMovement(t.db, actorFor(org, "controller"), { movementId: movement.id, reason: "Get three quotes" });
  const task = (await tasksAbout(t.db, org.organizationId, movement.id)).find((x) => x.title.startsWith("Revise"));
  if (!task) throw new Error("no revise task");
  return task;
}

beforeAll(async () => {
  t = await createTestDatabase({ maxConnections: 4 });
  org = await createTestOrganization(t.db, ["viewer", "clerk", "clerk", "approver", "controller", "admin"]);
  books = await seedLedger(t.db, org, { createAccount, createCounterparty });
  await fundAccount(t.db, org, postManualJournalEntry, { accountId: books.operatingBank.id, fromAccountId: books.equity.id, amountMinor: 10_000_000_00n });
});
afterAll(() => t.destroy());

describe("complete-task", () => {
  it("lets a holder of the task's role complete it: one audit event", async () => {
    const { task } = await reviewTask();
    const before = await countSideEffects(t.db, org.organizationId);
    const result = await completeTask(t.db, actorFor(org, "controller"), { taskId: task.id });
    expect(result.state).toMatchObject({ status: "done", completedBy: org.member("controller").userId });
    expect(result.state.completedAt).toBeInstanceOf(Date);
    expect(result.message).toBe(`Task '${task.title}' is done.`);
    expect(result.triggered).toEqual([]);
    expectDelta(before, await countSideEffects(t.db, org.organizationId), { auditEvents: 1 });
  });

  it("lets the assignee complete a personal task and refuses other members of the same role with NOT_PERMITTED", async () => {
    const task = await reviseTask();
    const otherClerk = org.members.filter((m) => m.role === "clerk")[1];
    if (!otherClerk) throw new Error("two clerks expected");
    await expectRefused(t.db, org.organizationId, () => completeTask(t.db, actorFor(org, "clerk", otherClerk), { taskId: task.id }), "NOT_PERMITTED");
    expect((await completeTask(t.db, actorFor(org, "clerk"), { taskId: task.id })).state.status).toBe("done");
  });

  it("refuses members of other roles with NOT_PERMITTED, but lets an admin complete any task", async () => {
    const { task } = await reviewTask();
    for (const role of ["clerk", "approver"] as const) {
      await expectRefused(t.db, org.organizationId, () => completeTask(t.db, actorFor(org, role), { taskId: task.id }), "NOT_PERMITTED");
    }
    await expectRefused(t.db, org.organizationId, () => completeTask(t.db, actorFor(org, "viewer"), { taskId: task.id }), "NOT_PERMITTED");
    expect((await completeTask(t.db, actorFor(org, "admin"), { taskId: task.id })).state.completedBy).toBe(org.member("admin").userId);
  });

  it("refuses a done task with TASK_ALREADY_DONE and an unknown one with TASK_NOT_FOUND", async () => {
    const { task } = await reviewTask();
    await completeTask(t.db, actorFor(org, "controller"), { taskId: task.id });
    await expectRefused(t.db, org.organizationId, () => completeTask(t.db, actorFor(org, "controller"), { taskId: task.id }), "TASK_ALREADY_DONE");
    await expectRefused(t.db, org.organizationId, () => completeTask(t.db, actorFor(org, "controller"), { taskId: randomUUID() }), "TASK_NOT_FOUND");
  });

  it("completes a task once when two people complete it at the same moment", async () => {
    for (let round = 0; round < 3; round++) {
      const { task } = await reviewTask();
      const before = await countSideEffects(t.db, org.organizationId);
      const settled = await Promise.allSettled([
        completeTask(t.db, actorFor(org, "controller"), { taskId: task.id }),
        completeTask(t.db, actorFor(org, "admin"), { taskId: task.id }),
      ]);
      expect(settled.filter((s) => s.status === "fulfilled")).toHaveLength(1);
      const rejected = settled.find((s) => s.status === "rejected");
      expect(rejected?.status === "rejected" && (rejected.reason as DomainError).code).toBe("TASK_ALREADY_DONE");
      expectDelta(before, await countSideEffects(t.db, org.organizationId), { auditEvents: 1 });
    }
  });

  it("replays a retry with the same key and changes nothing", async () => {
    const { task } = await reviewTask();
    const first = await completeTask(t.db, actorFor(org, "controller"), { taskId: task.id }, { idempotencyKey: "task-1" });
    const before = await countSideEffects(t.db, org.organizationId);
    expect(await completeTask(t.db, actorFor(org, "controller"), { taskId: task.id }, { idempotencyKey: "task-1" })).toEqual({ ...first, replayed: true });
    expect(await countSideEffects(t.db, org.organizationId)).toEqual(before);
    const other = await reviewTask();
    await expectRefused(t.db, org.organizationId, () => completeTask(t.db, actorFor(org, "controller"), { taskId: other.task.id }, { idempotencyKey: "task-1" }), "IDEMPOTENCY_KEY_REUSED");
  });
});
