import Link from "next/link";
import type { ReactNode } from "react";
import type { Me, WorkspaceActions } from "@/server/session";
import { roleLabel, roleTone } from "@/lib/roles";
import { NotificationBell } from "@/features/notifications/notification-bell";
import { OrganizationSwitcher } from "@/features/organizations/organization-switcher";
import { AppSidebar, MobileNav } from "@/components/layout/app-sidebar";
import { CommandMenu } from "@/components/layout/command-menu";
import { SignOutButton } from "@/features/auth/sign-out-button";
import { Badge } from "@/components/ui/badge";

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? "")
    .join("");
}

export function ProductMark() {
  return (
    <span className="flex items-center gap-2">
      <span aria-hidden="true" className="grid size-6 place-items-center rounded-md bg-zinc-900 text-[11px] font-bold text-white">
        C
      </span>
      <span className="text-sm font-semibold tracking-tight text-zinc-900">Closebook</span>
    </span>
  );
}

/** The frame of every signed-in page: header (organization, notifications, person, sign out), sidebar, content. */
export function AppShell({
  me,
  actions,
  unreadNotifications,
  sidebarCollapsed,
  children,
}: {
  me: Me;
  /** The server's verdicts on the top-level actions (null outside an organization). */
  actions: WorkspaceActions | null;
  unreadNotifications: number | null;
  sidebarCollapsed: boolean;
  children: ReactNode;
}) {
  return (
    <div className="flex min-h-screen flex-col">
      <header className="sticky top-0 z-20 flex h-12 shrink-0 items-center gap-4 border-b border-zinc-200 bg-white px-4">
        <MobileNav />
        <Link href="/dashboard" className="rounded-md">
          <ProductMark />
        </Link>
        <span aria-hidden="true" className="h-5 w-px bg-zinc-200" />
        <OrganizationSwitcher
          memberships={me.memberships.map((m) => ({ organizationId: m.organizationId, organizationName: m.organizationName }))}
          activeOrganizationId={me.activeOrganization?.organizationId ?? null}
        />
        <div className="ml-auto flex items-center gap-3">
          {actions ? <CommandMenu actions={actions} /> : null}
          {me.activeOrganization ? <NotificationBell initialUnread={unreadNotifications} /> : null}
          <div className="hidden items-center gap-2 lg:flex" data-testid="current-user">
            <span aria-hidden="true" className="grid size-6 place-items-center rounded-full bg-zinc-200 text-[10px] font-semibold text-zinc-700">
              {initials(me.user.name)}
            </span>
            <span className="text-[13px] font-medium text-zinc-800">{me.user.name}</span>
            <Badge tone={roleTone(me.role)}>{roleLabel(me.role)}</Badge>
          </div>
          <span aria-hidden="true" className="h-5 w-px bg-zinc-200" />
          <SignOutButton />
        </div>
      </header>
      <div className="flex flex-1">
        <AppSidebar defaultCollapsed={sidebarCollapsed} />
        <main className="min-w-0 flex-1">{children}</main>
      </div>
    </div>
  );
}
