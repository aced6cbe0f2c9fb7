import type { Metadata } from "next";
import Link from "next/link";
import { DashboardPanels } from "@/features/dashboard/dashboard-panels";
import { PageHeader } from "@/components/layout/page-header";
import { Badge } from "@/components/ui/badge";
import { groupPermissions } from "@/lib/permission-labels";
import { roleLabel, roleTone } from "@/lib/roles";
import { requireMe } from "@/server/session";
import { HydrateClient, prefetch } from "@/trpc/hydrate-client";
import { trpc } from "@/trpc/server-caller";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const me = await requireMe();
  const firstName = me.user.name.split(/\s+/)[0] ?? me.user.name;
  const organization = me.activeOrganization;
  if (organization) await prefetch(trpc.dashboard.summary.queryOptions());

  return (
    <>
      <PageHeader
        eyebrow={organization?.organizationName ?? "No organization"}
        title={`Welcome, ${firstName}`}
        description={
          organization ? (
            <>
              You are working in <span className="font-medium text-zinc-700">{organization.organizationName}</span> as{" "}
              <Badge tone={roleTone(me.role)}>{roleLabel(me.role)}</Badge>
            </>
          ) : (
            <>
              You are not a member of any organization yet: accept an{" "}
              <Link href="/invitations" className="font-medium text-brand-700 underline">
                invitation
              </Link>{" "}
              or{" "}
              <Link href="/organizations/new" className="font-medium text-brand-700 underline">
                create an organization
              </Link>
              .
            </>
          )
        }
      />
      <div className="flex max-w-7xl flex-col gap-4 p-6">
        {organization ? (
          <HydrateClient>
            <DashboardPanels meUserId={me.user.id} />
          </HydrateClient>
        ) : null}
        <details className="group rounded-lg border border-zinc-200 bg-white shadow-xs">
          <summary className="cursor-pointer px-4 py-2.5 text-[13px] font-semibold text-zinc-900 select-none">What your role allows</summary>
          {me.permissions.length ? (
            <dl className="divide-y divide-zinc-100 border-t border-zinc-100">
              {groupPermissions(me.permissions).map((group) => (
                <div key={group.area} className="grid grid-cols-[10rem_1fr] gap-3 px-4 py-2">
                  <dt className="text-[13px] text-zinc-500">{group.area}</dt>
                  <dd className="flex flex-wrap gap-1">
                    {group.actions.map((action) => (
                      <Badge key={action}>{action}</Badge>
                    ))}
                  </dd>
                </div>
              ))}
            </dl>
          ) : (
            <p className="border-t border-zinc-100 px-4 py-3 text-[13px] text-zinc-500">Nothing yet in this organization.</p>
          )}
        </details>
      </div>
    </>
  );
}
