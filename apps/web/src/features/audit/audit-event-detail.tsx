"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { DateText } from "@/components/date-text";
import { QueryStatus } from "@/components/query-status";
import { Badge } from "@/components/ui/badge";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { auditActionLabel, entityHref, entityTypeLabel, snapshotLabel } from "@/lib/entity-links";
import { useTRPC } from "@/trpc/react-provider";

/** "amountMinor" → "Amount", "sourceAccountId" → "Source account", "decisionReason" → "Decision reason". */
export function auditFieldLabel(field: string): string {
  const words = field
    .replace(/Minor$/, "")
    .replace(/Id$/, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** One audit event, opened from the audit trail: who did what to which document, what changed (the server's readable lines), and the raw snapshots behind a disclosure. */
export function AuditEventSheet({ eventId, onClose }: { eventId: string | null; onClose: () => void }) {
  return (
    <Sheet open={eventId !== null} onOpenChange={(open) => (open ? undefined : onClose())}>
      <SheetContent className="w-full overflow-y-auto sm:max-w-2xl" aria-describedby={undefined}>
        {eventId ? <AuditEventDetail eventId={eventId} /> : null}
      </SheetContent>
    </Sheet>
  );
}

function AuditEventDetail({ eventId }: { eventId: string }) {
  const trpc = useTRPC();
  const event = useQuery(trpc.audit.event.queryOptions({ auditEventId: eventId }));
  if (!event.data) {
    return (
      <SheetHeader>
        <SheetTitle>Audit event</SheetTitle>
        <QueryStatus error={event.error} loading what="the audit event" />
      </SheetHeader>
    );
  }
  const e = event.data;
  const href = entityHref(e.entityType, e.entityId);
  const number = snapshotLabel(e.entityType, e.after, e.before);
  return (
    <div className="flex flex-col gap-4 pb-6" data-testid="audit-event-detail">
      <SheetHeader className="pr-10">
        <SheetTitle>
          {e.actorName ?? "Someone"} {auditActionLabel(e.action).toLowerCase()}
        </SheetTitle>
        <SheetDescription className="flex flex-wrap items-center gap-2">
          <Badge>{entityTypeLabel(e.entityType)}</Badge>
          {href ? (
            <Link href={href} className="font-mono text-xs text-brand-600 hover:underline">
              {number ?? "view"}
            </Link>
          ) : number ? (
            <span className="font-mono text-xs">{number}</span>
          ) : null}
          <DateText date={e.createdAt} withTime className="text-xs tabular-nums" />
          <span className="font-mono text-[11px] text-zinc-400">{e.action}</span>
        </SheetDescription>
      </SheetHeader>
      <div className="px-4">
        <h3 className="mb-1.5 text-[13px] font-semibold text-zinc-900">What changed</h3>
        {e.changes.length ? (
          <div className="overflow-x-auto rounded-md border border-zinc-200">
            <Table caption="What changed">
              <TableHeader>
                <TableRow>
                  <TableHead sticky={false}>Field</TableHead>
                  <TableHead sticky={false}>Before</TableHead>
                  <TableHead sticky={false}>After</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {e.changes.map((change) => (
                  <TableRow key={change.field} data-testid="audit-change" data-field={change.field}>
                    <TableCell className="font-medium whitespace-nowrap text-zinc-700" title={change.field}>
                      {auditFieldLabel(change.field)}
                    </TableCell>
                    <TableCell className="break-words text-zinc-600">{change.before ?? <span className="text-zinc-400">—</span>}</TableCell>
                    <TableCell className="break-words text-zinc-900">{change.after ?? <span className="text-zinc-400">—</span>}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        ) : (
          <p className="text-[13px] text-zinc-500">No field changed.</p>
        )}
      </div>
      {e.before !== null || e.after !== null ? (
        <details className="px-4">
          <summary className="cursor-pointer text-xs text-zinc-500 select-none hover:text-zinc-800">Raw snapshots</summary>
          <div className="mt-1.5 grid gap-2">
            {e.before !== null ? <Snapshot label="Before" value={e.before} /> : null}
            {e.after !== null ? <Snapshot label="After" value={e.after} /> : null}
          </div>
        </details>
      ) : null}
    </div>
  );
}

function Snapshot({ label, value }: { label: string; value: unknown }) {
  return (
    <div className="min-w-0">
      <p className="mb-0.5 text-[11px] font-medium tracking-wide text-zinc-500 uppercase">{label}</p>
      <pre className="max-h-72 overflow-auto rounded-md border border-zinc-200 bg-zinc-50 p-2 font-mono text-[11px] leading-4 text-zinc-800">{JSON.stringify(value, null, 2)}</pre>
    </div>
  );
}
