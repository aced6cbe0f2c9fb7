"use client";

import { cva, type VariantProps } from "class-variance-authority";
import { X } from "lucide-react";
import { Dialog as SheetPrimitive } from "radix-ui";
import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

/** A dialog sliding in from a screen edge (the navigation on narrow screens, side panels). */
export const Sheet = SheetPrimitive.Root;
export const SheetTrigger = SheetPrimitive.Trigger;
export const SheetClose = SheetPrimitive.Close;

const sheetVariants = cva("fixed z-50 flex flex-col gap-3 bg-white shadow-lg focus:outline-none", {
  variants: {
    side: {
      left: "inset-y-0 left-0 h-full w-72 max-w-[85vw] border-r border-zinc-200",
      right: "inset-y-0 right-0 h-full w-96 max-w-[90vw] border-l border-zinc-200",
      top: "inset-x-0 top-0 border-b border-zinc-200",
      bottom: "inset-x-0 bottom-0 border-t border-zinc-200",
    },
  },
  defaultVariants: { side: "right" },
});

export function SheetContent({ side, className, children, ...props }: ComponentProps<typeof SheetPrimitive.Content> & VariantProps<typeof sheetVariants>) {
  return (
    <SheetPrimitive.Portal>
      <SheetPrimitive.Overlay className="fixed inset-0 z-50 bg-zinc-950/40" />
      <SheetPrimitive.Content className={cn(sheetVariants({ side }), className)} {...props}>
        {children}
        <SheetPrimitive.Close className="absolute top-3 right-3 rounded-sm p-1 text-zinc-400 hover:text-zinc-900">
          <X className="size-4" />
          <span className="sr-only">Close</span>
        </SheetPrimitive.Close>
      </SheetPrimitive.Content>
    </SheetPrimitive.Portal>
  );
}

export function SheetHeader({ className, ...props }: ComponentProps<"div">) {
  return <div className={cn("flex flex-col gap-1 p-4", className)} {...props} />;
}

export function SheetTitle({ className, ...props }: ComponentProps<typeof SheetPrimitive.Title>) {
  return <SheetPrimitive.Title className={cn("text-sm font-semibold text-zinc-900", className)} {...props} />;
}

export function SheetDescription({ className, ...props }: ComponentProps<typeof SheetPrimitive.Description>) {
  return <SheetPrimitive.Description className={cn("text-[13px] text-zinc-500", className)} {...props} />;
}
