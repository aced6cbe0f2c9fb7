"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { DateText } from "@/components/date-text";
import { failureReport, type ActionResult } from "@/lib/action-result";
import { roleLabel, roleTone } from "@/lib/roles";
import { useHydrated } from "@/lib/use-hydrated";
import { useSwitchOrganization } from "@/lib/switch-organization";
import { useTRPC } from "@/trpc/react-provider";
import { ActionOutcome } from "@/components/action-outcome";
import { QueryStatus } from "@/components/query-status";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyMessage } from "@/components/ui/panel";
import { Table, TableCell, TableHead } from "@/components/ui/table";

/**
 * The invitations of the signed-in person's e-mail (or, for an unverified address, the one its
 * e-mail link names); accepting one joins it and switches to it.
 */
export function MyInvitations({ invitationId }: { invitationId?: string | undefined }) {
  const trpc = useTRPC();
  const hydrated = useHydrated();
  const switchOrganization = useSwitchOrganization();
  const mine = useQuery(trpc.invitations.mine.queryOptions(invitationId ? { invitationId } : undefined));
  const [result, setResult] = useState<ActionResult | null>(null);
  const accept = useMutation(
    trpc.invitations.accept.mutationOptions({
      onSuccess: async (outcome) => {
        setResult({ tone: "success", message: outcome.message, warnings: outcome.warnings, details: [] });
        const problem = await switchOrganization(outcome.state.organizationId, "/dashboard");
        if (problem) setResult({ tone: "error", title: "You joined, but switching failed", message: problem, warnings: [], details: [] });
      },
      onError: (error) => setResult(failureReport(error, { title: "The invitation was not accepted", unreachable: "Could not reach Closebook. Try again." }).result),
    }),
  );
  if (!mine.data) return <QueryStatus error={mine.error} loading what="your invitations" />;
  return (
    <div className="flex max-w-4xl flex-col gap-4 p-6">
      <ActionOutcome result={result} />
      <section aria-label="Your invitations" className="overflow-clip rounded-lg border border-zinc-200 bg-white shadow-xs">
        {mine.data.length === 0 ? (
          <EmptyMessage>No pending invitations for your e-mail address. An invitation e-mail's link opens its invitation here.</EmptyMessage>
        ) : (
          <Table caption="Your invitations">
            <thead>
              <tr>
                <TableHead>Organization</TableHead>
                <TableHead className="w-40">Role</TableHead>
                <TableHead className="w-28">Expires</TableHead>
                <TableHead className="w-28" align="right">
                  <span className="sr-only">Actions</span>
                </TableHead>
              </tr>
            </thead>
            <tbody>
              {mine.data.map((invitation) => (
                <tr key={invitation.id}>
                  <TableCell className="font-medium text-zinc-900">{invitation.organizationName}</TableCell>
                  <TableCell>
                    <Badge tone={roleTone(invitation.role)}>{roleLabel(invitation.role)}</Badge>
                  </TableCell>
                  <TableCell className="text-zinc-600 tabular-nums"><DateText date={invitation.expiresAt} /></TableCell>
                  <TableCell align="right">
                    <Button variant="primary" disabled={!hydrated || accept.isPending} onClick={() => accept.mutate({ invitationId: invitation.id })}>
                      Accept
                    </Button>
                  </TableCell>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </section>
    </div>
  );
}
