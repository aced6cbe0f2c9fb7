"use client";

import type { RouterOutputs } from "@closebook/api";
import { inviteMemberInput, roles, type Role } from "@closebook/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useMemo, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { DateText } from "@/components/date-text";
import { Form, FormControl, FormDescription, FormField, FormItem, FormLabel, FormMessage } from "@/components/ui/form";
import { applyServerErrors } from "@/lib/form-errors";
import { schemaResolver } from "@/lib/schema-resolver";
import { DataTable } from "@/components/data-table/data-table";
import { LocalDataTable } from "@/components/data-table/local-data-table";
import { DataTableColumnHeader } from "@/components/data-table/data-table-column-header";
import { listColumnHelper } from "@/components/data-table/list-features";
import type { CsvColumn } from "@/lib/csv";
import { useListParams } from "@/lib/use-list-params";
import { failureReport, successResult, topLevelField, type ActionResult } from "@/lib/action-result";
import { SubmissionKeys } from "@/lib/request-key";
import { roleLabel, roleTone } from "@/lib/roles";
import { useHydrated } from "@/lib/use-hydrated";
import { useTRPC } from "@/trpc/react-provider";
import { ActionOutcome } from "@/components/action-outcome";
import { QueryStatus } from "@/components/query-status";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select";
import { Panel } from "@/components/ui/panel";

type MembersView = RouterOutputs["members"]["list"];
type Action = { action: string; allowed: boolean; reason: string | null };

/** The members list has no server filters (the procedure takes none); sort and page size live in the URL. */
const memberFilterParsers = {};

function allowed(actions: readonly Action[], name: string): Action {
  return actions.find((a) => a.action === name) ?? { action: name, allowed: false, reason: null };
}

/**
 * The organization's members and pending invitations. Which actions the caller may take comes
 * with the list from the server (`actions`); this only renders them.
 */
export function MembersSettings() {
  const trpc = useTRPC();
  const list = useQuery(trpc.members.list.queryOptions());
  const [result, setResult] = useState<ActionResult | null>(null);
  if (!list.data) return <QueryStatus error={list.error} loading what="the members" />;
  const invite = allowed(list.data.actions, "invite");
  return (
    <div className="flex max-w-5xl flex-col gap-4 p-6">
      <ActionOutcome result={result} />
      {invite.allowed ? (
        <Panel title="Invite a member" bodyClassName="p-4">
          <InviteForm />
        </Panel>
      ) : (
        <p className="text-xs text-zinc-500">{invite.reason ?? "You cannot invite members."}</p>
      )}
      <MembersTable view={list.data} onResult={setResult} />
      <InvitationsTable view={list.data} onResult={setResult} />
    </div>
  );
}

function useMemberMutations(onResult: (result: ActionResult) => void) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const done = {
    onSuccess: async (outcome: { message: string; warnings: { code: string; message: string }[]; replayed: boolean }) => {
      onResult(successResult(outcome));
      await queryClient.invalidateQueries(trpc.members.pathFilter());
    },
  };
  const failed = (title: string) => (error: unknown) =>
    onResult(failureReport(error, { title, unreachable: "Could not reach Closebook; nothing may have changed. Try again." }).result);
  return {
    changeRole: useMutation(trpc.members.changeRole.mutationOptions({ ...done, onError: failed("The role was not changed") })),
    remove: useMutation(trpc.members.remove.mutationOptions({ ...done, onError: failed("The member was not removed") })),
    cancel: useMutation(trpc.members.cancelInvitation.mutationOptions({ ...done, onError: failed("The invitation was not withdrawn") })),
  };
}

type MemberRow = MembersView["members"][number];

const memberColumn = listColumnHelper<MemberRow>();

const memberCsvColumns: CsvColumn<MemberRow>[] = [
  { header: "Name", value: (m) => m.name },
  { header: "E-mail", value: (m) => m.email },
  { header: "Role", value: (m) => roleLabel(m.role) },
  { header: "Member since", value: (m) => m.createdAt },
];

/** The members, on the one DataTable; which actions show comes from the server (`actions`). */
function MembersTable({ view, onResult }: { view: MembersView; onResult: (result: ActionResult) => void }) {
  const hydrated = useHydrated();
  const { changeRole, remove } = useMemberMutations(onResult);
  const params = useListParams(memberFilterParsers);
  const anyAction = view.actions.some((a) => a.allowed);
  const columns = useMemo(
    () =>
      memberColumn.columns([
        memberColumn.accessor("name", {
          id: "name",
          header: ({ column }) => <DataTableColumnHeader column={column} title="Name" />,
          cell: ({ row }) => (
            <span className="font-medium text-zinc-900">
              {row.original.name}
              {row.original.isYou ? <span className="ml-1 text-xs font-normal text-zinc-500">(you)</span> : null}
            </span>
          ),
        }),
        memberColumn.accessor("email", {
          id: "email",
          header: ({ column }) => <DataTableColumnHeader column={column} title="E-mail" />,
          cell: ({ getValue }) => <span className="text-zinc-600">{getValue()}</span>,
        }),
        memberColumn.accessor((m) => roleLabel(m.role), {
          id: "role",
          header: ({ column }) => <DataTableColumnHeader column={column} title="Role" />,
          cell: ({ row }) => {
            const member = row.original;
            const roleAction = allowed(member.actions, "changeRole");
            return roleAction.allowed ? (
              <NativeSelect
                aria-label={`Role of ${member.name}`}
                value={member.role}
                disabled={!hydrated || changeRole.isPending}
                onChange={(e) => changeRole.mutate({ memberId: member.memberId, role: e.target.value as Role })}
              >
                {roles.map((r) => (
                  <option key={r} value={r}>
                    {roleLabel(r)}
                  </option>
                ))}
              </NativeSelect>
            ) : (
              <span title={roleAction.reason ?? undefined}>
                <Badge tone={roleTone(member.role)}>{roleLabel(member.role)}</Badge>
              </span>
            );
          },
          meta: { className: "w-44" },
        }),
        memberColumn.accessor("createdAt", {
          id: "since",
          header: ({ column }) => <DataTableColumnHeader column={column} title="Member since" />,
          cell: ({ getValue }) => <DateText date={getValue()} className="text-zinc-600" />,
          meta: { className: "w-32" },
        }),
        memberColumn.display({
          id: "actions",
          header: () => <span className="sr-only">Actions</span>,
          cell: ({ row }) => {
            const member = row.original;
            const removeAction = allowed(member.actions, "remove");
            return removeAction.allowed ? (
              <Button
                variant="ghost"
                disabled={!hydrated || remove.isPending}
                onClick={() => {
                  if (window.confirm(`Remove ${member.name} from this organization?`)) remove.mutate({ memberId: member.memberId });
                }}
              >
                Remove
              </Button>
            ) : removeAction.reason && anyAction ? (
              <span className="text-xs text-zinc-500">{removeAction.reason}</span>
            ) : null;
          },
          meta: { className: "w-48", align: "right" },
        }),
      ]),
    [hydrated, changeRole, remove, anyAction],
  );
  return (
    <DataTable
      caption="Members"
      columns={columns}
      data={view.members}
      getRowId={(m) => m.memberId}
      noun={{ one: "member", other: "members" }}
      loading={false}
      error={null}
      empty="No members."
      sorting={params.sorting}
      onSortingChange={params.setSorting}
      pageSize={params.pageSize}
      onPageSizeChange={params.setPageSize}
      exportCsv={{ filename: "members", columns: memberCsvColumns, fetchAll: async () => view.members }}
      filters={<h2 className="pb-1.5 text-[13px] font-semibold text-zinc-900">Members</h2>}
    />
  );
}

type Invitation = MembersView["invitations"][number];
const invitationColumn = listColumnHelper<Invitation>();

function InvitationsTable({ view, onResult }: { view: MembersView; onResult: (result: ActionResult) => void }) {
  const hydrated = useHydrated();
  const { cancel } = useMemberMutations(onResult);
  const columns = useMemo(
    () =>
      invitationColumn.columns([
        invitationColumn.accessor("email", {
          id: "email",
          header: ({ column }) => <DataTableColumnHeader column={column} title="E-mail" />,
          cell: ({ getValue }) => <span className="font-medium text-zinc-900">{getValue()}</span>,
        }),
        invitationColumn.accessor((i) => roleLabel(i.role), {
          id: "role",
          header: ({ column }) => <DataTableColumnHeader column={column} title="Role" />,
          cell: ({ row }) => <Badge tone={roleTone(row.original.role)}>{roleLabel(row.original.role)}</Badge>,
          meta: { className: "w-44" },
        }),
        invitationColumn.accessor("expiresAt", {
          id: "expires",
          header: ({ column }) => <DataTableColumnHeader column={column} title="Expires" />,
          cell: ({ getValue }) => <DateText date={getValue()} className="text-zinc-600" />,
          meta: { className: "w-28" },
        }),
        invitationColumn.display({
          id: "actions",
          header: () => <span className="sr-only">Actions</span>,
          cell: ({ row }) =>
            allowed(row.original.actions, "cancel").allowed ? (
              <Button variant="ghost" disabled={!hydrated || cancel.isPending} onClick={() => cancel.mutate({ invitationId: row.original.id })}>
                Withdraw
              </Button>
            ) : null,
          meta: { className: "w-28", align: "right" },
        }),
      ]),
    [hydrated, cancel],
  );
  return <LocalDataTable caption="Pending invitations" columns={columns} data={view.invitations} getRowId={(i) => i.id} noun={{ one: "invitation", other: "invitations" }} empty="No pending invitations." />;
}

const inviteFields = ["email", "role"] as const;
const inviteFieldOf = topLevelField(inviteFields);
const emptyInvite: { email: string; role: Role } = { email: "", role: "viewer" };
/** Checked by core's `inviteMemberInput`, the invite use case's own schema. */
const inviteResolver = schemaResolver(inviteMemberInput, (v: { email: string; role: Role }) => v);

function InviteForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const hydrated = useHydrated();
  const keys = useRef(new SubmissionKeys());
  const [result, setResult] = useState<ActionResult | null>(null);
  const form = useForm({ defaultValues: emptyInvite, resolver: inviteResolver });
  const invite = useMutation(
    trpc.members.invite.mutationOptions({
      onSuccess: async (outcome) => {
        keys.current.settle();
        form.reset(emptyInvite);
        setResult(successResult(outcome));
        await queryClient.invalidateQueries(trpc.members.pathFilter());
      },
      onError: (error) => {
        const failure = failureReport(error, { title: "The invitation was not sent", unreachable: "Could not reach Closebook, so the invitation may not be sent yet. Submit again to retry: it will not be sent twice." });
        setResult({ ...failure.result, details: applyServerErrors(form, failure, inviteFieldOf) });
      },
    }),
  );

  const onSubmit = form.handleSubmit((input) => {
    if (invite.isPending) return;
    setResult(null);
    invite.mutate({ ...input, idempotencyKey: keys.current.keyFor(input) });
  });

  return (
    <Form {...form}>
      <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Invite a member" className="flex flex-col gap-3">
        <ActionOutcome result={result} />
        <div className="grid grid-cols-1 items-start gap-x-4 gap-y-3 sm:grid-cols-12">
          <FormField
            control={form.control}
            name="email"
            render={({ field }) => (
              <FormItem className="sm:col-span-6">
                <FormLabel>E-mail</FormLabel>
                <FormControl>
                  <Input type="email" autoComplete="off" {...field} />
                </FormControl>
                <FormDescription>They accept by signing in (or signing up) with this address</FormDescription>
                <FormMessage />
              </FormItem>
            )}
          />
          <FormField
            control={form.control}
            name="role"
            render={({ field }) => (
              <FormItem className="sm:col-span-3">
                <FormLabel>Role</FormLabel>
                <FormControl>
                  <NativeSelect {...field}>
                    {roles.map((r) => (
                      <option key={r} value={r}>
                        {roleLabel(r)}
                      </option>
                    ))}
                  </NativeSelect>
                </FormControl>
                <FormMessage />
              </FormItem>
            )}
          />
          <div className="flex sm:col-span-3 sm:pt-5">
            <Button type="submit" variant="primary" disabled={!hydrated || invite.isPending}>
              {invite.isPending ? "Inviting…" : "Send invitation"}
            </Button>
          </div>
        </div>
      </form>
    </Form>
  );
}
