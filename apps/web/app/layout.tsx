import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import { Toaster } from "@/components/ui/sonner";
import { TooltipProvider } from "@/components/ui/tooltip";
import { TRPCReactProvider } from "@/trpc/react-provider";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Closebook", template: "%s · Closebook" },
  description: "Finance operations back office: double-entry ledger, approvals, reconciliation and period close.",
  robots: { index: false, follow: false },
};

export const viewport: Viewport = {
  themeColor: "#fafafa",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <NuqsAdapter>
          <TRPCReactProvider>
            <TooltipProvider delayDuration={300}>{children}</TooltipProvider>
          </TRPCReactProvider>
        </NuqsAdapter>
        <Toaster />
      </body>
    </html>
  );
}
