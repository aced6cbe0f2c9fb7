"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { failureReport, type ActionResult } from "@/lib/action-result";
import { SubmissionKeys } from "@/lib/request-key";
import { useHydrated } from "@/lib/use-hydrated";
import { useTRPC } from "@/trpc/react-provider";
import { ActionOutcome } from "@/components/action-outcome";

/** Discards a draft after a confirmation: the draft is gone (the audit trail keeps it), so the page goes back to the charges. */
export function DiscardDraftDialog({ chargeId, description, defaultOpen = false }: { chargeId: string; description: string; defaultOpen?: boolean }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const hydrated = useHydrated();
  const keys = useRef(new SubmissionKeys());
  const [open, setOpen] = useState(defaultOpen);
  const [failure, setFailure] = useState<ActionResult | null>(null);
  const discard = useMutation(
    trpc.charges.discardDraft.mutationOptions({
      onSuccess: async () => {
        keys.current.settle();
        setOpen(false);
        router.push("/charges");
        await queryClient.invalidateQueries(trpc.charges.list.pathFilter());
      },
      onError: (error) => setFailure(failureReport(error, { title: "The draft was not discarded", unreachable: "Could not reach Closebook. Discard again to retry." }).result),
    }),
  );
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setFailure(null);
      }}
    >
      <DialogTrigger asChild>
        <Button variant="secondary" disabled={!hydrated} className="w-full">
          Discard draft…
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Discard this draft?</DialogTitle>
          <DialogDescription>“{description}” is deleted: it was never issued, so nothing was posted. The audit trail keeps what it held.</DialogDescription>
        </DialogHeader>
        <ActionOutcome result={failure} />
        <DialogFooter>
          <Button variant="ghost" onClick={() => setOpen(false)}>
            Keep it
          </Button>
          <Button
            variant="destructive"
            disabled={discard.isPending}
            onClick={() => {
              const input = { chargeId };
              discard.mutate({ ...input, idempotencyKey: keys.current.keyFor(input) });
            }}
          >
            {discard.isPending ? "Discarding…" : "Discard draft"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
