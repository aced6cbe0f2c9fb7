"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/cn";
import { areas, type AreaKey } from "@/lib/navigation";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";
import {
  ArrowLeftRight,
  Bell,
  BookOpen,
  CalendarCheck,
  ChartColumn,
  CheckCheck,
  History,
  Landmark,
  LayoutDashboard,
  ListChecks,
  Receipt,
  Scale,
  Settings,
  type LucideIcon,
} from "lucide-react";

export const areaIcons: Record<AreaKey, LucideIcon> = {
  dashboard: LayoutDashboard,
  notifications: Bell,
  tasks: ListChecks,
  charges: Receipt,
  movements: ArrowLeftRight,
  approvals: CheckCheck,
  bankAccounts: Landmark,
  reconciliation: Scale,
  periods: CalendarCheck,
  ledger: BookOpen,
  reports: ChartColumn,
  audit: History,
  settings: Settings,
};

function isWithin(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}

/**
 * The areas with their sub-pages. Collapsed, only the icons show (the label stays the link's
 * accessible name and appears as a tooltip); sub-pages are then reached from the command palette.
 */
export function SidebarNav({ label = "Main", collapsed = false, onNavigate }: { label?: string; collapsed?: boolean; onNavigate?: () => void }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className={cn("flex flex-col gap-px p-2", collapsed && "items-center")}>
      {areas.map((area) => {
        const Icon = areaIcons[area.key];
        const inArea = isWithin(pathname, area.href);
        const link = (
          <Link
            href={area.href}
            onClick={onNavigate}
            aria-current={pathname === area.href ? "page" : undefined}
            className={cn(
              "flex h-8 items-center gap-2.5 rounded-md text-[13px] font-medium transition-colors",
              collapsed ? "w-8 justify-center" : "px-2",
              inArea ? "bg-white text-zinc-900 shadow-xs ring-1 ring-zinc-200" : "text-zinc-600 hover:bg-zinc-200/60 hover:text-zinc-900",
            )}
          >
            <Icon className={cn("size-4 shrink-0", inArea ? "text-brand-600" : "text-zinc-400")} />
            <span className={cn(collapsed && "sr-only")}>{area.label}</span>
          </Link>
        );
        return (
          <div key={area.key}>
            {collapsed ? (
              <Tooltip>
                <TooltipTrigger asChild>{link}</TooltipTrigger>
                <TooltipContent side="right">{area.label}</TooltipContent>
              </Tooltip>
            ) : (
              link
            )}
            {area.children && !collapsed ? (
              <div className="mt-px ml-[1.1rem] flex flex-col gap-px border-l border-zinc-200 py-0.5 pl-2.5">
                {area.children.map((child) => (
                  <Link
                    key={child.href}
                    href={child.href}
                    onClick={onNavigate}
                    aria-current={isWithin(pathname, child.href) ? "page" : undefined}
                    className={cn(
                      "flex h-7 items-center rounded-md px-2 text-[13px] transition-colors",
                      isWithin(pathname, child.href) ? "font-medium text-zinc-900" : "text-zinc-500 hover:text-zinc-900",
                    )}
                  >
                    {child.label}
                  </Link>
                ))}
              </div>
            ) : null}
          </div>
        );
      })}
    </nav>
  );
}
