import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "../../../src/components/page-header";
import { Badge } from "../../../src/components/ui/badge";
import { groupPermissions } from "../../../src/lib/permission-labels";
import { roleLabel, roleTone } from "../../../src/lib/roles";
import { requireMe } from "../../../src/server/session";
import { serverCaller } from "../../../src/trpc/server-caller";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const me = await requireMe();
  const firstName = me.user.name.split(/\s+/)[0] ?? me.user.name;
  const organization = me.activeOrganization;
  const accounts = organization && me.permissions.includes("accounts.read") ? await (await serverCaller()).accounts.list() : null;

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
            "You are not a member of any organization yet. Ask an administrator to invite you."
          )
        }
      />
      <div className="grid max-w-5xl items-start gap-4 p-6 lg:grid-cols-2">
        <section aria-labelledby="role-heading" className="rounded-lg border border-zinc-200 bg-white">
          <h2 id="role-heading" className="border-b border-zinc-100 px-4 py-2.5 text-[13px] font-semibold text-zinc-900">
            What your role allows
          </h2>
          {me.permissions.length ? (
            <dl className="divide-y divide-zinc-100">
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
            <p className="px-4 py-3 text-[13px] text-zinc-500">Nothing yet in this organization.</p>
          )}
        </section>

        {accounts ? (
          <section aria-labelledby="accounts-heading" className="rounded-lg border border-zinc-200 bg-white">
            <div className="flex items-center justify-between border-b border-zinc-100 px-4 py-2.5">
              <h2 id="accounts-heading" className="text-[13px] font-semibold text-zinc-900">
                Chart of accounts
              </h2>
              <Link href="/ledger/accounts" className="text-xs font-medium text-brand-600 hover:underline">
                Open
              </Link>
            </div>
            <dl className="grid grid-cols-3 divide-x divide-zinc-100">
              <Stat label="Accounts" value={accounts.length} />
              <Stat label="Bank accounts" value={accounts.filter((a) => a.isBankAccount).length} />
              <Stat label="Currencies" value={new Set(accounts.map((a) => a.currency)).size} />
            </dl>
          </section>
        ) : null}
      </div>
    </>
  );
}

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <div className="px-4 py-3">
      <dt className="text-xs text-zinc-500">{label}</dt>
      <dd className="mt-0.5 text-xl font-semibold text-zinc-900 tabular-nums">{value}</dd>
    </div>
  );
}
