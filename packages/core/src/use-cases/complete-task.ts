import { z } from "zod";
import { entityId } from "../fields";
import { failuresOf } from "../errors";
import { completeTaskRefusal } from "../policies/task-actions";
import { outcome } from "../shared/outcome";
import { mutationFailures } from "../shared/run-mutation";
import { defineUseCase } from "../shared/define-use-case";
import { taskSchema } from "../dto/workspace-dto";
import { sideEffects } from "../shared/side-effects";

export const completeTaskInput = z.object({ taskId: entityId() });
export type CompleteTaskInput = z.input<typeof completeTaskInput>;

export const completeTaskFailures = failuresOf([...mutationFailures, "TASK_NOT_FOUND", "TASK_ALREADY_DONE"]);
const { fail } = completeTaskFailures;

/** Marks a follow-up done: its assignee, a holder of its role, or an admin. */
export const completeTask = defineUseCase({
  name: "complete-task",
  permission: "tasks.complete",
  input: completeTaskInput,
  failures: completeTaskFailures,
  state: taskSchema,
  async run({ tx, actor }, input) {
    const task = await tx.tasks.lockById(actor.organizationId, input.taskId);
    if (!task) return fail("TASK_NOT_FOUND", "No such task in this organization.", { field: "taskId" });
    const refusal = completeTaskRefusal(actor, task);
    if (refusal) fail(refusal.code, refusal.reason);
    const done = await tx.tasks.complete(task.id, actor.userId);
    await sideEffects(tx, actor).audit("task.completed", "task", task.id, task, done);
    return outcome(done, `Task '${task.title}' is done.`);
  },
});
