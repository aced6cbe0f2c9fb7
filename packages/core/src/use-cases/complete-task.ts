import type { Database, TaskRecord } from "@closebook/db";
import { z } from "zod";
import { entityId, parseInput } from "../fields";
import { failuresOf } from "../errors";
import { atLeast } from "../policies/roles";
import type { Actor } from "../shared/actor";
import { outcome, type Outcome } from "../shared/outcome";
import { mutationFailures, runMutation } from "../shared/run-mutation";
import { sideEffects } from "../shared/side-effects";

export const completeTaskInput = z.object({ taskId: entityId() });
export type CompleteTaskInput = z.input<typeof completeTaskInput>;

export const completeTaskFailures = failuresOf([...mutationFailures, "TASK_NOT_FOUND", "TASK_ALREADY_DONE"]);
const { fail } = completeTaskFailures;

/** Marks a follow-up done: its assignee, a holder of its role, or an admin. */
export async function completeTask(db: Database, actor: Actor, rawInput: CompleteTaskInput, options: { idempotencyKey?: string | undefined } = {}): Promise<Outcome<TaskRecord>> {
  const input = parseInput(completeTaskInput, rawInput);
  return runMutation(db, actor, { operation: "complete-task", permission: "tasks.complete", failures: completeTaskFailures, input, idempotencyKey: options.idempotencyKey }, async (tx) => {
    const task = await tx.tasks.lockById(actor.organizationId, input.taskId);
    if (!task) return fail("TASK_NOT_FOUND", "No such task in this organization.", { field: "taskId" });
    const mine = task.assigneeUserId === actor.userId || (task.assigneeUserId === null && task.assigneeRole === actor.role) || atLeast(actor.role, "admin");
    if (!mine) fail("NOT_PERMITTED", "This task is assigned to someone else.");
    if (task.status === "done") fail("TASK_ALREADY_DONE", "This task is already done.");
    const done = await tx.tasks.complete(task.id, actor.userId);
    await sideEffects(tx, actor).audit("task.completed", "task", task.id, task, done);
    return outcome(done, `Task '${task.title}' is done.`);
  });
}
