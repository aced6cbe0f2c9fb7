import type { RouterOutputs } from "@closebook/api";
import Link from "next/link";
import { DateText } from "@/components/date-text";
import { auditActionLabel, entityHref, entityTypeLabel, snapshotLabel } from "@/lib/entity-links";
import { Badge } from "@/components/ui/badge";

export type AuditEvent = RouterOutputs["audit"]["list"]["items"][number];

/** JSON of an audit snapshot, indented (bigints arrive as decimal strings). */
function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/**
 * Audit events, newest first: who did what to which document, when, with the before and after
 * snapshots behind a disclosure.
 */
export function AuditEventsList({ events, showEntity = true, withSnapshots = true }: { events: AuditEvent[]; showEntity?: boolean; withSnapshots?: boolean }) {
  return (
    <ol className="divide-y divide-zinc-100">
      {events.map((event) => {
        const href = entityHref(event.entityType, event.entityId);
        const number = snapshotLabel(event.entityType, event.after, event.before);
        return (
          <li key={event.id} className="px-4 py-2.5" data-testid="audit-event">
            <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
              <span className="font-medium text-zinc-900">{event.actorName ?? "Someone"}</span>
              <span className="text-zinc-600">{auditActionLabel(event.action).toLowerCase()}</span>
              {showEntity ? (
                <>
                  <Badge>{entityTypeLabel(event.entityType)}</Badge>
                  {href ? (
                    <Link href={href} className="font-mono text-xs text-brand-600 hover:underline">
                      {number ?? "view"}
                    </Link>
                  ) : number ? (
                    <span className="font-mono text-xs text-zinc-600">{number}</span>
                  ) : null}
                </>
              ) : null}
              <DateText date={event.createdAt} withTime className="ml-auto text-xs text-zinc-500 tabular-nums" />
            </div>
            {withSnapshots && (event.before !== null || event.after !== null) ? (
              <details className="group mt-1">
                <summary className="cursor-pointer text-xs text-zinc-500 select-none hover:text-zinc-800">
                  {event.before !== null && event.after !== null ? "Before and after" : event.after !== null ? "Recorded data" : "Data before"}
                </summary>
                <div className="mt-1.5 grid gap-2 lg:grid-cols-2">
                  {event.before !== null ? <Snapshot label="Before" value={event.before} /> : null}
                  {event.after !== null ? <Snapshot label="After" value={event.after} /> : null}
                </div>
              </details>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

function Snapshot({ label, value }: { label: string; value: unknown }) {
  return (
    <div className="min-w-0">
      <p className="mb-0.5 text-[11px] font-medium tracking-wide text-zinc-500 uppercase">{label}</p>
      <pre className="max-h-72 overflow-auto rounded-md border border-zinc-200 bg-zinc-50 p-2 font-mono text-[11px] leading-4 text-zinc-800">{json(value)}</pre>
    </div>
  );
}
