import { Badge } from "@/components/ui/badge";
import { chargeStatusStyles, entrySourceStyles, movementStatusStyles, taskStatusStyles, type ChargeStatus, type EntrySource, type MovementStatus, type TaskStatus } from "@/lib/status-labels";

export function ChargeStatusBadge({ status }: { status: ChargeStatus }) {
  const style = chargeStatusStyles[status];
  return <Badge tone={style.tone}>{style.label}</Badge>;
}

export function MovementStatusBadge({ status }: { status: MovementStatus }) {
  const style = movementStatusStyles[status];
  return <Badge tone={style.tone}>{style.label}</Badge>;
}

export function EntrySourceBadge({ source }: { source: EntrySource }) {
  const style = entrySourceStyles[source];
  return <Badge tone={style.tone}>{style.label}</Badge>;
}

export function TaskStatusBadge({ status }: { status: TaskStatus }) {
  const style = taskStatusStyles[status];
  return <Badge tone={style.tone}>{style.label}</Badge>;
}
