"use client";

import type { RouterOutputs } from "@closebook/api";
import { minorDigits, updateApprovalPolicyInput } from "@closebook/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo, useRef, useState } from "react";
import { useFieldArray, useForm, type Path } from "react-hook-form";
import { successResult, type ActionResult } from "@/lib/action-result";
import { formFailure } from "@/lib/form-errors";
import { plural } from "@/lib/format";
import { SubmissionKeys } from "@/lib/request-key";
import { schemaResolver } from "@/lib/schema-resolver";
import { roleLabel } from "@/lib/roles";
import { useHydrated } from "@/lib/use-hydrated";
import { useTRPC } from "@/trpc/react-provider";
import { ActionOutcome } from "@/components/action-outcome";
import { QueryStatus } from "@/components/query-status";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { AmountInput, Input } from "@/components/ui/input";
import { Form, FormField } from "@/components/ui/form";
import { FormActions, FormItemField } from "@/components/ui/form-fields";
import { Checkbox } from "@/components/ui/form-controls";
import { NativeSelect } from "@/components/ui/select";
import { Plus as PlusIcon, X as XIcon } from "lucide-react";
import { Panel } from "@/components/ui/panel";
import { Table, TableCell, TableHead } from "@/components/ui/table";
import { useLocalAmounts, useLocalDisplay, type LocalDisplay } from "@/components/ui/organization-formats";

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

function bandRange(bands: Band[], index: number, currency: string, formatMinor: LocalDisplay["amount"]): string {
  const band = bands[index];
  const previous = index > 0 ? bands[index - 1]?.upToMinor : null;
  if (!band) return "";
  if (band.upToMinor === null) return `Above ${formatMinor(previous ?? 0n, currency)}`;
  return `Up to ${formatMinor(band.upToMinor, currency)}`;
}

function CurrencyPolicyPanel({ policy, canEdit }: { policy: CurrencyPolicy; canEdit: boolean }) {
  const hydrated = useHydrated();
  const { amount: formatAmount } = useLocalDisplay();
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
                <TableCell className="tabular-nums">{bandRange(policy.bands, index, policy.currency, formatAmount)}</TableCell>
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
  /** In the organization's number format; "" for no limit (the last band). */
  upTo: string;
  requiredApprovals: string;
  minimumRole: ApproverRole;
  requiresController: boolean;
}

interface Values {
  bands: BandValues[];
}

type Parsed = ReturnType<typeof updateApprovalPolicyInput.parse>;

const newBand = (): BandValues => ({ upTo: "", requiredApprovals: "2", minimumRole: "approver", requiresController: false });

function toValues(bands: Band[], currency: string, format: (minor: bigint, currency: string) => string): BandValues[] {
  return bands.map((band) => ({
    upTo: band.upToMinor === null ? "" : format(band.upToMinor, currency),
    requiredApprovals: String(band.requiredApprovals),
    minimumRole: approverRoles.find((r) => r === band.minimumRole) ?? "approver",
    requiresController: band.requiresController,
  }));
}

/** The form field showing an input path's messages: a band's `upToMinor` under its limit, the whole list (and the currency) under the table. */
function fieldOf(path: string): string {
  const [head, index, sub] = path.split(".");
  if (head !== "bands" || index === undefined) return "bands.root";
  if (sub === "requiredApprovals" || sub === "minimumRole" || sub === "requiresController") return `bands.${index}.${sub}`;
  return `bands.${index}.upTo`;
}

/** An admin's editor of one currency's bands: a react-hook-form field array, core's `updateApprovalPolicyInput` as resolver. */
function BandsEditor({ policy, onDone }: { policy: CurrencyPolicy; onDone: (result: ActionResult | null) => void }) {
  const trpc = useTRPC();
  const amounts = useLocalAmounts();
  const queryClient = useQueryClient();
  const hydrated = useHydrated();
  const keys = useRef(new SubmissionKeys());
  const digits = minorDigits(policy.currency);
  const resolver = useMemo(() => {
    const limitOf = (band: BandValues) => (band.upTo.trim() ? amounts.parse(band.upTo, policy.currency) : null);
    return schemaResolver(
      updateApprovalPolicyInput,
      (v: Values) => ({
        currency: policy.currency,
        bands: v.bands.map((band) => ({
          upToMinor: limitOf(band),
          requiredApprovals: Number(band.requiredApprovals),
          minimumRole: band.minimumRole,
          requiresController: band.requiresController,
        })),
      }),
      {
        fieldOf,
        precheck: (v) =>
          Object.fromEntries(v.bands.flatMap((band, index) => (band.upTo.trim() && limitOf(band) === null ? [[`bands.${index}.upTo`, amounts.refusal(band.upTo, policy.currency)]] : []))),
      },
    );
  }, [amounts, policy.currency]);
  const form = useForm<Values, unknown, Parsed>({ defaultValues: { bands: toValues(policy.bands, policy.currency, amounts.format) }, resolver });
  const bands = useFieldArray({ control: form.control, name: "bands" });
  const listMessage = form.formState.errors.bands?.root?.message ?? form.formState.errors.bands?.message;
  const save = useMutation(
    trpc.settings.updateApprovalPolicy.mutationOptions({
      onSuccess: async (outcome) => {
        keys.current.settle();
        onDone(successResult(outcome));
        await queryClient.invalidateQueries(trpc.settings.pathFilter());
      },
      onError: (error) => onDone(formFailure(form, error, { title: "The policy was not saved", unreachable: "Could not reach Closebook. Save again to retry." }, (path) => fieldOf(path) as Path<Values>)),
    }),
  );

  const onSubmit = form.handleSubmit((input) => {
    if (save.isPending) return;
    save.mutate({ ...input, idempotencyKey: keys.current.keyFor(input) });
  });

  return (
    <Form {...form}>
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label={`Approval bands for ${policy.currency}`}>
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
            {bands.fields.map((band, index) => (
              <tr key={band.id} className="align-top">
                <TableCell>
                  <FormItemField control={form.control} name={`bands.${index}.upTo`}>
                    {(field) => <AmountInput aria-label={`Band ${index + 1} upper limit`} digits={digits} placeholder={index === bands.fields.length - 1 ? "No limit" : undefined} {...field} />}
                  </FormItemField>
                </TableCell>
                <TableCell>
                  <FormItemField control={form.control} name={`bands.${index}.requiredApprovals`}>
                    {(field) => <Input aria-label={`Band ${index + 1} approvals`} type="number" min={1} max={5} {...field} />}
                  </FormItemField>
                </TableCell>
                <TableCell>
                  <FormItemField control={form.control} name={`bands.${index}.minimumRole`}>
                    {(field) => (
                      <NativeSelect aria-label={`Band ${index + 1} minimum role`} {...field}>
                        {approverRoles.map((r) => (
                          <option key={r} value={r}>
                            {roleLabel(r)}s or above
                          </option>
                        ))}
                      </NativeSelect>
                    )}
                  </FormItemField>
                </TableCell>
                <TableCell>
                  <FormField
                    control={form.control}
                    name={`bands.${index}.requiresController`}
                    render={({ field }) => (
                      <Checkbox label="One must be a controller" name={field.name} checked={field.value} onBlur={field.onBlur} onChange={(e) => field.onChange(e.target.checked)} />
                    )}
                  />
                </TableCell>
                <TableCell>
                  <Button variant="ghost" size="sm" className="size-8 px-0" aria-label={`Remove band ${index + 1}`} disabled={!hydrated || bands.fields.length <= 1} onClick={() => bands.remove(index)}>
                    <XIcon className="size-3.5" />
                  </Button>
                </TableCell>
              </tr>
            ))}
          </tbody>
        </Table>
        {listMessage ? (
          <p className="px-4 pt-3 text-xs text-red-600" role="alert">
            {listMessage}
          </p>
        ) : null}
        <div className="flex flex-wrap items-center justify-between gap-2 px-4 py-3">
          <p className="text-xs text-zinc-500">Limits increase from band to band; the last band has no limit. Movements requested from now on follow the new bands.</p>
          <FormActions pending={save.isPending} submitLabel="Save policy" pendingLabel="Saving…" cancel={{ label: "Cancel", onClick: () => onDone(null) }}>
            <Button size="sm" disabled={!hydrated || bands.fields.length >= 10} onClick={() => bands.append(newBand(), { shouldFocus: false })}>
              <PlusIcon className="size-3.5" />
              Add band
            </Button>
          </FormActions>
        </div>
      </form>
    </Form>
  );
}
