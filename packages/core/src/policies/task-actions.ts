/** Who sees a task and who may complete it: rules of core, handed to the task repository as parameters. */
import type { TaskRecord } from "@closebook/db";
import type { Actor } from "../shared/actor";
import { permissionRefusal, type Refusal } from "./refusal";
import { atLeast, roles, type Role } from "./roles";

/**
 * The tasks a person sees: those assigned to them, and those assigned to no one but to a role —
 * their own role, or every role for an admin.
 */
export function taskAudience(actor: Pick<Actor, "userId" | "role">): { userId: string; roles: Role[] } {
  return { userId: actor.userId, roles: atLeast(actor.role, "admin") ? [...roles] : [actor.role] };
}

/** A task is completed by its assignee, by a holder of its role when no one is assigned, or by an admin. */
export function completeTaskRefusal(
  actor: Pick<Actor, "userId" | "role">,
  task: Pick<TaskRecord, "assigneeUserId" | "assigneeRole" | "status">,
): Refusal<"NOT_PERMITTED" | "TASK_ALREADY_DONE"> | null {
  const permission = permissionRefusal(actor.role, "tasks.complete");
  if (permission) return permission;
  const mine = task.assigneeUserId === actor.userId || (task.assigneeUserId === null && task.assigneeRole === actor.role) || atLeast(actor.role, "admin");
  if (!mine) return { code: "NOT_PERMITTED", reason: "This task is assigned to someone else." };
  if (task.status === "done") return { code: "TASK_ALREADY_DONE", reason: "This task is already done." };
  return null;
}
