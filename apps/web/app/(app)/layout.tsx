import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { sidebarCookie } from "@/lib/sidebar-state";
import { AppShell } from "@/components/layout/app-shell";
import { OrganizationFormatsProvider } from "@/components/ui/organization-formats";
import { unreadCountInput } from "@/lib/query-inputs";
import { getActions, requireMe } from "@/server/session";
import { serverCaller } from "@/trpc/server-caller";

/** Every page in this group is for signed-in people only; the session is checked on the server. */
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const me = await requireMe();
  // The bell's first count; without it the header would flash "no notifications" on every load.
  const unread = me.activeOrganization
    ? await (await serverCaller()).notifications.list(unreadCountInput).then(
        (page) => page.unread,
        () => null,
      )
    : null;
  const actions = await getActions();
  const sidebarCollapsed = (await cookies()).get(sidebarCookie)?.value === "1";
  return (
    <OrganizationFormatsProvider formats={me.formats}>
      <AppShell me={me} actions={actions} unreadNotifications={unread} sidebarCollapsed={sidebarCollapsed}>
        {children}
      </AppShell>
    </OrganizationFormatsProvider>
  );
}
