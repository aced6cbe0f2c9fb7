"use client";

import { Search } from "lucide-react";
import dynamic from "next/dynamic";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import type { WorkspaceActions } from "@closebook/core";

/** cmdk and the dialog load the first time the palette opens, not with every page. */
const CommandPalette = dynamic(() => import("@/components/layout/command-palette"), { ssr: false });

/** Ctrl/⌘-K (or the header's search button): jump to any page, or start a quick action. */
export function CommandMenu({ actions }: { actions: WorkspaceActions }) {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key.toLowerCase() === "k" && (event.metaKey || event.ctrlKey)) {
        event.preventDefault();
        setLoaded(true);
        setOpen((current) => !current);
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return (
    <>
      <Button
        variant="secondary"
        size="sm"
        className="w-56 justify-start text-zinc-500 max-lg:w-auto"
        onClick={() => {
          setLoaded(true);
          setOpen(true);
        }}
        aria-keyshortcuts="Control+K Meta+K"
      >
        <Search className="size-3.5" />
        <span className="max-lg:sr-only">Search or jump to…</span>
        <span className="ml-auto text-xs tracking-widest text-zinc-400 max-lg:hidden">Ctrl K</span>
      </Button>
      {loaded ? <CommandPalette actions={actions} open={open} onOpenChange={setOpen} /> : null}
    </>
  );
}
