"use client";

import { Menu, PanelLeftClose, PanelLeftOpen } from "lucide-react";
import dynamic from "next/dynamic";
import { useEffect, useState } from "react";
import { SidebarNav } from "@/components/layout/sidebar-nav";
import { Button } from "@/components/ui/button";
import { Tooltip, TooltipContent, TooltipTrigger } from "@/components/ui/tooltip";
import { cn } from "@/lib/cn";
import { sidebarCookie } from "@/lib/sidebar-state";

function remember(collapsed: boolean) {
  document.cookie = `${sidebarCookie}=${collapsed ? "1" : "0"}; path=/; max-age=${60 * 60 * 24 * 365}; samesite=lax`;
}

/**
 * The sidebar from 768 px up: full width with sub-pages, or collapsed to icons (Ctrl/⌘-B or the
 * button at its foot). The choice is remembered in a cookie; without one it starts collapsed below 1280 px.
 */
export function AppSidebar({ defaultCollapsed }: { defaultCollapsed: boolean }) {
  const [collapsed, setCollapsed] = useState(defaultCollapsed);
  function toggle() {
    setCollapsed((current) => {
      remember(!current);
      return !current;
    });
  }
  useEffect(() => {
    // Someone who never chose gets the icons only below 1280 px, so wide lists keep their amounts in view at 1024 px.
    if (!document.cookie.split("; ").some((c) => c.startsWith(`${sidebarCookie}=`)) && window.innerWidth < 1280) setCollapsed(true);
  }, []);
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key.toLowerCase() === "b" && (event.metaKey || event.ctrlKey)) {
        event.preventDefault();
        toggle();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  const label = collapsed ? "Expand sidebar" : "Collapse sidebar";
  return (
    <aside data-collapsed={collapsed} className={cn("hidden shrink-0 border-r border-zinc-200 bg-zinc-100/60 transition-[width] md:block", collapsed ? "w-12" : "w-56")}>
      <div className="sticky top-12 flex max-h-[calc(100vh-3rem)] flex-col overflow-y-auto">
        <SidebarNav collapsed={collapsed} />
        <div className={cn("mt-auto border-t border-zinc-200 p-2", collapsed && "flex justify-center")}>
          <Tooltip>
            <TooltipTrigger asChild>
              <Button variant="ghost" size={collapsed ? "icon-sm" : "sm"} aria-label={label} aria-expanded={!collapsed} onClick={toggle} className={cn(!collapsed && "w-full justify-start")}>
                {collapsed ? <PanelLeftOpen className="size-4" /> : <PanelLeftClose className="size-4" />}
                {collapsed ? null : <span>Collapse</span>}
              </Button>
            </TooltipTrigger>
            <TooltipContent side="right">{label} (Ctrl+B)</TooltipContent>
          </Tooltip>
        </div>
      </div>
    </aside>
  );
}

/** The sheet (a Radix dialog) loads the first time someone opens the menu, not with every page. */
const MobileNavSheet = dynamic(() => import("@/components/layout/mobile-nav-sheet"), { ssr: false });

/** Below 768 px the navigation opens in a sheet from the left. */
export function MobileNav() {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  return (
    <>
      <Button
        variant="secondary"
        size="icon-sm"
        className="md:hidden"
        aria-label="Open menu"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => {
          setLoaded(true);
          setOpen(true);
        }}
      >
        <Menu className="size-4" />
      </Button>
      {loaded ? <MobileNavSheet open={open} onOpenChange={setOpen} /> : null}
    </>
  );
}
