"use client";

import { Toaster as Sonner, type ToasterProps } from "sonner";

/** Where toasts appear: bottom right, each with its close button, rich colours per outcome. */
export function Toaster(props: ToasterProps) {
  return <Sonner position="bottom-right" containerAriaLabel="Action outcomes" closeButton richColors toastOptions={{ className: "text-[13px]" }} {...props} />;
}
