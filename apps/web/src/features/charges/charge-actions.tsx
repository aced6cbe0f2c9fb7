"use client";

import { voidChargeInput } from "@closebook/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { failureReport, successResult, type ActionResult } from "@/lib/action-result";
import { SubmissionKeys } from "@/lib/request-key";
import { useHydrated } from "@/lib/use-hydrated";
import { useTRPC } from "@/trpc/react-provider";
import { ReasonForm } from "@/components/reason-form";
import { Button } from "@/components/ui/button";

/** Issues a draft: it gets its number and posts DR receivable / CR revenue. */
export function IssueChargeButton({ chargeId, onResult }: { chargeId: string; onResult: (result: ActionResult) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const hydrated = useHydrated();
  const keys = useRef(new SubmissionKeys());
  const issue = useMutation(
    trpc.charges.issue.mutationOptions({
      onSuccess: async (outcome) => {
        keys.current.settle();
        onResult(successResult(outcome));
        await queryClient.invalidateQueries();
      },
      onError: (error) => onResult(failureReport(error, { title: "The charge was not issued", unreachable: "Could not reach Closebook. Issue again to retry." }).result),
    }),
  );
  return (
    <div className="flex flex-col gap-1.5">
      <p className="text-xs text-zinc-500">Issuing numbers the charge and posts it to the ledger (due in 30 days unless a due date is set).</p>
      <Button
        variant="primary"
        disabled={!hydrated || issue.isPending}
        onClick={() => {
          const input = { chargeId };
          issue.mutate({ ...input, idempotencyKey: keys.current.keyFor(input) });
        }}
      >
        {issue.isPending ? "Issuing…" : "Issue charge"}
      </Button>
    </div>
  );
}

/** Voids a charge without payments (controllers): a draft simply, an issued one by reversing its entry. */
export function VoidChargeAction({ chargeId, issued, onResult }: { chargeId: string; issued: boolean; onResult: (result: ActionResult) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const hydrated = useHydrated();
  const [open, setOpen] = useState(false);
  const voidCharge = useMutation(
    trpc.charges.void.mutationOptions({
      onSuccess: async (outcome) => {
        setOpen(false);
        onResult(successResult(outcome));
        await queryClient.invalidateQueries();
      },
      onError: (error) => onResult(failureReport(error, { title: "The charge was not voided", unreachable: "Could not reach Closebook. Void again to retry." }).result),
    }),
  );
  if (!open) {
    return (
      <div className="flex flex-col gap-1.5">
        <p className="text-xs text-zinc-500">{issued ? "Voiding posts a reversing entry." : "A voided draft is never issued."}</p>
        <Button className="w-full" disabled={!hydrated} onClick={() => setOpen(true)}>
          Void charge…
        </Button>
      </div>
    );
  }
  return (
    <div>
      <ReasonForm
        ariaLabel="Void the charge"
        label="Reason for voiding"
        submitLabel="Void charge"
        pendingLabel="Voiding…"
        schema={voidChargeInput}
        toInput={(reason) => ({ chargeId, reason })}
        submit={(input) => voidCharge.mutateAsync(input)}
        onCancel={() => setOpen(false)}
      />
    </div>
  );
}
