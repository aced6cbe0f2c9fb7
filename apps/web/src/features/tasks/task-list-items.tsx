import type { RouterOutputs } from "@closebook/api";
import Link from "next/link";
import { DateText } from "@/components/date-text";
import type { ActionResult } from "@/lib/action-result";
import { entityHref } from "@/lib/entity-links";
import { roleLabel } from "@/lib/roles";
import { CompleteTaskButton } from "@/features/tasks/complete-task-button";
import { TaskStatusBadge } from "@/components/status-badges";

export type Task = RouterOutputs["tasks"]["list"]["items"][number];

/** Tasks as a list: what to do, for whom, about which document, and "Done" while open. */
export function TaskListItems({ tasks, meUserId, onResult }: { tasks: Task[]; meUserId: string; onResult: (result: ActionResult) => void }) {
  return (
    <ul className="divide-y divide-zinc-100" aria-label="Tasks">
      {tasks.map((task) => {
        const href = entityHref(task.entityType, task.entityId);
        return (
          <li key={task.id} className="flex items-start gap-3 px-4 py-2.5" data-testid="task">
            <div className="min-w-0 flex-1">
              <div className="flex flex-wrap items-baseline gap-2">
                <span className="font-medium text-zinc-900">{task.title}</span>
                <TaskStatusBadge status={task.status} />
              </div>
              <p className="text-[13px] text-zinc-600">{task.detail}</p>
              <p className="mt-0.5 text-xs text-zinc-500">
                For {task.assigneeUserId ? (task.assigneeUserId === meUserId ? "you" : "a colleague") : `${roleLabel(task.assigneeRole).toLowerCase()}s`} · created <DateText date={task.createdAt} withTime />
                {task.dueOn ? (<>{" · due "}<DateText date={task.dueOn} /></>) : null}
                {task.completedAt ? (
                  <>
                    {" · done "}
                    <DateText date={task.completedAt} withTime />
                  </>
                ) : null}
                {href ? (
                  <>
                    {" · "}
                    <Link href={href} className="font-medium text-brand-600 hover:underline">
                      Open
                    </Link>
                  </>
                ) : null}
              </p>
            </div>
            {task.status === "open" ? <CompleteTaskButton taskId={task.id} title={task.title} verdict={task.allowedActions.complete} onResult={onResult} /> : null}
          </li>
        );
      })}
    </ul>
  );
}
