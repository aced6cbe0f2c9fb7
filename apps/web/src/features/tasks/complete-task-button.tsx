"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRef } from "react";
import { failureReport, successResult, type ActionResult } from "@/lib/action-result";
import { SubmissionKeys } from "@/lib/request-key";
import { useHydrated } from "@/lib/use-hydrated";
import { useTRPC } from "@/trpc/react-provider";
import { VerdictButton, type ActionVerdict } from "@/components/action-verdict";

/** Marks a task done ("Done") when the server allows it (`allowedActions.complete`; refused: disabled, with its reason); the outcome goes to `onResult`. */
export function CompleteTaskButton({ taskId, title, verdict, onResult }: { taskId: string; title: string; verdict: ActionVerdict; onResult: (result: ActionResult) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const hydrated = useHydrated();
  const keys = useRef(new SubmissionKeys());
  const complete = useMutation(
    trpc.tasks.complete.mutationOptions({
      onSuccess: async (outcome) => {
        keys.current.settle();
        onResult(successResult(outcome));
        await queryClient.invalidateQueries();
      },
      onError: (error) => onResult(failureReport(error, { title: "The task is still open", unreachable: "Could not reach Closebook. Press Done again to retry." }).result),
    }),
  );
  return (
    <VerdictButton
      verdict={verdict}
      showReason={false}
      size="sm"
      aria-label={`Done: ${title}`}
      disabled={!hydrated || complete.isPending}
      onClick={() => {
        const input = { taskId };
        complete.mutate({ ...input, idempotencyKey: keys.current.keyFor(input) });
      }}
    >
      {complete.isPending ? "Saving…" : "Done"}
    </VerdictButton>
  );
}
