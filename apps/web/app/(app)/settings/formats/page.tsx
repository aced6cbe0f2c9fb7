import type { Metadata } from "next";
import { FormatsSettings } from "@/features/settings/formats-settings";
import { PageHeader } from "@/components/layout/page-header";
import { allowedActions, requireMe } from "@/server/session";
import { HydrateClient, prefetch } from "@/trpc/hydrate-client";
import { trpc } from "@/trpc/server-caller";

export const metadata: Metadata = { title: "Formats" };

export default async function FormatsPage() {
  const me = await requireMe();
  const allowed = await allowedActions();
  if (me.activeOrganization) await prefetch(trpc.settings.formats.queryOptions());
  return (
    <>
      <PageHeader eyebrow="Settings" title="Formats" description={`How ${me.activeOrganization?.organizationName ?? "this organization"} writes dates and amounts, in every field and list.`} />
      <HydrateClient>
        <div className="p-6">
          <FormatsSettings canEdit={allowed.updateOrganizationFormats} />
        </div>
      </HydrateClient>
    </>
  );
}
