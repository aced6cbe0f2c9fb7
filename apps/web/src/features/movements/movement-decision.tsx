"use client";

import { rejectMovementInput } from "@closebook/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { failureReport, successResult, type ActionResult } from "@/lib/action-result";
import { SubmissionKeys } from "@/lib/request-key";
import { useHydrated } from "@/lib/use-hydrated";
import { useTRPC } from "@/trpc/react-provider";
import { ReasonForm } from "@/components/reason-form";
import { VerdictButton, type ActionVerdict } from "@/components/action-verdict";

/**
 * Approve or reject (with a reason) a movement, as the server's verdicts allow (a refused action is
 * a disabled button with the server's reason): on its page and inline in the approvals inbox. The
 * outcome goes to `onResult`; every cached list and count is refreshed after.
 */
export function MovementDecision({
  movementId,
  number,
  actions,
  onResult,
  linkToMovement = true,
}: {
  movementId: string;
  number: string;
  /** The server's verdicts on approving and rejecting it (`allowedActions`). */
  actions: { approve: ActionVerdict; reject: ActionVerdict };
  onResult: (result: ActionResult) => void;
  /** Whether the outcome links to the movement (not on the movement's own page). */
  linkToMovement?: boolean;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const hydrated = useHydrated();
  const approveKeys = useRef(new SubmissionKeys());
  const [rejecting, setRejecting] = useState(false);
  const link = linkToMovement ? { href: `/movements/${movementId}`, label: `Open ${number}` } : undefined;

  const approve = useMutation(
    trpc.approvals.approve.mutationOptions({
      onSuccess: async (outcome) => {
        approveKeys.current.settle();
        onResult(successResult(outcome, link));
        await queryClient.invalidateQueries();
      },
      onError: (error) => onResult(failureReport(error, { title: `${number} was not approved`, unreachable: "Could not reach Closebook. Approve again to retry: it counts once." }).result),
    }),
  );
  const reject = useMutation(
    trpc.approvals.reject.mutationOptions({
      onSuccess: async (outcome) => {
        setRejecting(false);
        onResult(successResult(outcome, link));
        await queryClient.invalidateQueries();
      },
      onError: (error) => onResult(failureReport(error, { title: `${number} was not rejected`, unreachable: "Could not reach Closebook. Reject again to retry." }).result),
    }),
  );
  const pending = approve.isPending || reject.isPending;

  if (rejecting) {
    return (
      <ReasonForm
        ariaLabel={`Reject ${number}`}
        label="Reason for rejecting"
        hint="The requester sees it and gets a task to revise the movement."
        submitLabel="Reject"
        pendingLabel="Rejecting…"
        pending={approve.isPending}
        schema={rejectMovementInput}
        toInput={(reason) => ({ movementId, reason })}
        submit={(input) => reject.mutateAsync(input)}
        onCancel={() => setRejecting(false)}
      />
    );
  }
  return (
    <div className="flex flex-wrap items-start gap-2">
      <VerdictButton
        verdict={actions.approve}
        variant="primary"
        disabled={!hydrated || pending}
        onClick={() => {
          const input = { movementId };
          approve.mutate({ ...input, idempotencyKey: approveKeys.current.keyFor(input) });
        }}
      >
        {approve.isPending ? "Approving…" : "Approve"}
      </VerdictButton>
      <VerdictButton verdict={actions.reject} disabled={!hydrated || pending} onClick={() => setRejecting(true)}>
        Reject…
      </VerdictButton>
    </div>
  );
}
