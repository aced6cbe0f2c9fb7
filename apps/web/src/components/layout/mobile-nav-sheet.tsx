"use client";

import { SidebarNav } from "@/components/layout/sidebar-nav";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";

/** The navigation in a sheet from the left, below 768 px (loaded by `MobileNav` on first open). */
export default function MobileNavSheet({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <Sheet open={open} onOpenChange={onOpenChange}>
      <SheetContent side="left" className="bg-zinc-50 p-0">
        <SheetHeader className="border-b border-zinc-200">
          <SheetTitle>Closebook</SheetTitle>
          <SheetDescription className="sr-only">Go to an area of the back office.</SheetDescription>
        </SheetHeader>
        <SidebarNav label="Main (compact)" onNavigate={() => onOpenChange(false)} />
      </SheetContent>
    </Sheet>
  );
}
