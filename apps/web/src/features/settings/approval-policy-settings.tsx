"use client";

import type { RouterOutputs } from "@closebook/api";
import { formatMinor, minorDigits, updateApprovalPolicyInput } from "@closebook/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type FormEvent } from "react";
import { failureReport, issuesByPath, successResult, type ActionResult } from "@/lib/action-result";
import { plural } from "@/lib/format";
import { SubmissionKeys } from "@/lib/request-key";
import { roleLabel } from "@/lib/roles";
import { useHydrated } from "@/lib/use-hydrated";
import { useTRPC } from "@/trpc/react-provider";
import { ActionOutcome } from "@/components/action-outcome";
import { QueryStatus } from "@/components/query-status";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { AmountInput, Input } from "@/components/ui/input";
import { Checkbox } from "@/components/ui/form-controls";
import { NativeSelect } from "@/components/ui/select";
import { Plus as PlusIcon, X as XIcon } from "lucide-react";
import { Panel } from "@/components/ui/panel";
import { Table, TableCell, TableHead } from "@/components/ui/table";
import { useLocalAmounts } from "@/components/ui/organization-formats";

type CurrencyPolicy = RouterOutputs["settings"]["approvalPolicy"][number];
type Band = CurrencyPolicy["bands"][number];
const approverRoles = ["approver", "controller", "admin"] as const;
type ApproverRole = (typeof approverRoles)[number];

/** The approval policy per currency: a table of bands for everyone, an editor for admins. */
export function ApprovalPolicySettings({ canEdit }: { canEdit: boolean }) {
  const trpc = useTRPC();
  const policy = useQuery(trpc.settings.approvalPolicy.queryOptions());
  if (!policy.data) return <QueryStatus error={policy.error} loading what="the approval policy" />;
  return (
    <div className="flex max-w-5xl flex-col gap-4 p-6">
      {!canEdit ? <p className="text-xs text-zinc-500">Only admins change the approval policy; you can see the bands in force.</p> : null}
      {policy.data.map((currencyPolicy) => (
        <CurrencyPolicyPanel key={currencyPolicy.currency} policy={currencyPolicy} canEdit={canEdit} />
      ))}
    </div>
  );
}

function bandRange(bands: Band[], index: number, currency: string): string {
  const band = bands[index];
  const previous = index > 0 ? bands[index - 1]?.upToMinor : null;
  if (!band) return "";
  if (band.upToMinor === null) return `Above ${formatMinor(previous ?? 0n, currency)}`;
  return `Up to ${formatMinor(band.upToMinor, currency)}`;
}

function CurrencyPolicyPanel({ policy, canEdit }: { policy: CurrencyPolicy; canEdit: boolean }) {
  const hydrated = useHydrated();
  const [editing, setEditing] = useState(false);
  const [result, setResult] = useState<ActionResult | null>(null);
  return (
    <Panel
      title={`${policy.currency} movements`}
      actions={
        <>
          {policy.isDefault ? <Badge>Default bands</Badge> : <Badge tone="violet">Set by an admin</Badge>}
          {canEdit && !editing ? (
            <Button size="sm" disabled={!hydrated} onClick={() => setEditing(true)}>
              Edit bands
            </Button>
          ) : null}
        </>
      }
    >
      {result ? (
        <div className="flex flex-col gap-2 px-4 pt-3">
          <ActionOutcome result={result} />
        </div>
      ) : null}
      {editing ? (
        <BandsEditor
          policy={policy}
          onDone={(outcome) => {
            if (outcome) setResult(outcome);
            if (!outcome || outcome.tone === "success") setEditing(false);
          }}
        />
      ) : (
        <Table caption={`Approval bands for ${policy.currency}`}>
          <thead>
            <tr>
              <TableHead>Amount</TableHead>
              <TableHead>Approvals needed</TableHead>
              <TableHead>From</TableHead>
              <TableHead>Controller</TableHead>
            </tr>
          </thead>
          <tbody>
            {policy.bands.map((band, index) => (
              <tr key={`${band.upToMinor ?? "open"}`}>
                <TableCell className="tabular-nums">{bandRange(policy.bands, index, policy.currency)}</TableCell>
                <TableCell>{plural(band.requiredApprovals, "approval")}</TableCell>
                <TableCell>{roleLabel(band.minimumRole)}s or above</TableCell>
                <TableCell>{band.requiresController ? <Badge tone="violet">One must be a controller</Badge> : <span className="text-zinc-400">—</span>}</TableCell>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Panel>
  );
}

interface BandValues {
  key: number;
  upTo: string;
  requiredApprovals: string;
  minimumRole: ApproverRole;
  requiresController: boolean;
}

function toValues(bands: Band[], currency: string, format: (minor: bigint, currency: string) => string): BandValues[] {
  return bands.map((band, index) => ({
    key: index,
    upTo: band.upToMinor === null ? "" : format(band.upToMinor, currency),
    requiredApprovals: String(band.requiredApprovals),
    minimumRole: approverRoles.find((r) => r === band.minimumRole) ?? "approver",
    requiresController: band.requiresController,
  }));
}

function BandsEditor({ policy, onDone }: { policy: CurrencyPolicy; onDone: (result: ActionResult | null) => void }) {
  const trpc = useTRPC();
  const amounts = useLocalAmounts();
  const queryClient = useQueryClient();
  const hydrated = useHydrated();
  const keys = useRef(new SubmissionKeys());
  const nextKey = useRef(policy.bands.length);
  const [bands, setBands] = useState<BandValues[]>(() => toValues(policy.bands, policy.currency, amounts.format));
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const digits = minorDigits(policy.currency);
  const save = useMutation(
    trpc.settings.updateApprovalPolicy.mutationOptions({
      onSuccess: async (outcome) => {
        keys.current.settle();
        onDone(successResult(outcome));
        await queryClient.invalidateQueries(trpc.settings.pathFilter());
      },
      onError: (error) => {
        const failure = failureReport(error, { title: "The policy was not saved", unreachable: "Could not reach Closebook. Save again to retry." });
        setErrors(failure.byPath);
        onDone(failure.result);
      },
    }),
  );

  const update = (key: number, change: Partial<BandValues>) => {
    setBands((current) => current.map((b) => (b.key === key ? { ...b, ...change } : b)));
    setErrors({});
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    const local: Record<string, string[]> = {};
    const input = {
      currency: policy.currency,
      bands: bands.map((band, index) => {
        const upToMinor = band.upTo.trim() ? amounts.parse(band.upTo, policy.currency) : null;
        if (band.upTo.trim() && upToMinor === null) local[`bands.${index}.upToMinor`] = [amounts.refusal(band.upTo, policy.currency)];
        return { upToMinor, requiredApprovals: Number(band.requiredApprovals), minimumRole: band.minimumRole, requiresController: band.requiresController };
      }),
    };
    const parsed = updateApprovalPolicyInput.safeParse(input);
    const all = parsed.success ? local : { ...issuesByPath(parsed.error), ...local };
    if (!parsed.success || Object.keys(all).length > 0) {
      setErrors(all);
      return;
    }
    setErrors({});
    save.mutate({ ...parsed.data, idempotencyKey: keys.current.keyFor(parsed.data) });
  }

  const messages = (index: number) => [
    ...(errors[`bands.${index}.upToMinor`] ?? []),
    ...(errors[`bands.${index}.requiredApprovals`] ?? []),
    ...(errors[`bands.${index}.minimumRole`] ?? []),
  ];

  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Approval bands for ${policy.currency}`}>
      <Table caption={`Edit approval bands for ${policy.currency}`}>
        <thead>
          <tr>
            <TableHead className="w-56">Up to ({policy.currency})</TableHead>
            <TableHead className="w-32">Approvals</TableHead>
            <TableHead className="w-52">From</TableHead>
            <TableHead>Controller</TableHead>
            <TableHead className="w-12">
              <span className="sr-only">Remove</span>
            </TableHead>
          </tr>
        </thead>
        <tbody>
          {bands.map((band, index) => (
            <tr key={band.key} className="align-top">
              <TableCell>
                <AmountInput
                  aria-label={`Band ${index + 1} upper limit`}
                  aria-invalid={messages(index).length > 0}
                  digits={digits}
                  placeholder={index === bands.length - 1 ? "No limit" : undefined}
                  value={band.upTo}
                  onChange={(e) => update(band.key, { upTo: e.target.value })}
                />
                {messages(index).map((m) => (
                  <p key={m} className="mt-1 text-xs text-red-600">
                    {m}
                  </p>
                ))}
              </TableCell>
              <TableCell>
                <Input
                  aria-label={`Band ${index + 1} approvals`}
                  type="number"
                  min={1}
                  max={5}
                  value={band.requiredApprovals}
                  onChange={(e) => update(band.key, { requiredApprovals: e.target.value })}
                />
              </TableCell>
              <TableCell>
                <NativeSelect
                  aria-label={`Band ${index + 1} minimum role`}
                  value={band.minimumRole}
                  onChange={(e) => update(band.key, { minimumRole: approverRoles.find((r) => r === e.target.value) ?? "approver" })}
                >
                  {approverRoles.map((r) => (
                    <option key={r} value={r}>
                      {roleLabel(r)}s or above
                    </option>
                  ))}
                </NativeSelect>
              </TableCell>
              <TableCell>
                <Checkbox label="One must be a controller" checked={band.requiresController} onChange={(e) => update(band.key, { requiresController: e.target.checked })} />
              </TableCell>
              <TableCell>
                <Button
                  variant="ghost"
                  size="sm"
                  className="size-8 px-0"
                  aria-label={`Remove band ${index + 1}`}
                  disabled={!hydrated || bands.length <= 1}
                  onClick={() => setBands((current) => current.filter((b) => b.key !== band.key))}
                >
                  <XIcon className="size-3.5" />
                </Button>
              </TableCell>
            </tr>
          ))}
        </tbody>
      </Table>
      <div className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
        <p className="text-xs text-zinc-500">Limits increase from band to band; the last band has no limit. Movements requested from now on follow the new bands.</p>
        <div className="flex items-center gap-2">
          <Button
            size="sm"
            disabled={!hydrated || bands.length >= 10}
            onClick={() => setBands((current) => [...current, { key: nextKey.current++, upTo: "", requiredApprovals: "2", minimumRole: "approver", requiresController: false }])}
          >
            <PlusIcon className="size-3.5" />
            Add band
          </Button>
          <Button variant="ghost" onClick={() => onDone(null)} disabled={save.isPending}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" disabled={!hydrated || save.isPending}>
            {save.isPending ? "Saving…" : "Save policy"}
          </Button>
        </div>
      </div>
    </form>
  );
}
