import type { Metadata } from "next";
import { OrganizationCreateForm } from "@/features/organizations/organization-create-form";
import { PageHeader } from "@/components/layout/page-header";
import { Panel } from "@/components/ui/panel";
import { requireMe } from "@/server/session";

export const metadata: Metadata = { title: "New organization" };

export default async function NewOrganizationPage() {
  await requireMe();
  return (
    <>
      <PageHeader eyebrow="Organizations" title="New organization" description="A legal entity with its own ledger, members and approval policy, kept apart from your other organizations." />
      <div className="max-w-3xl p-6">
        <Panel title="Organization" bodyClassName="p-4">
          <OrganizationCreateForm />
        </Panel>
      </div>
    </>
  );
}
