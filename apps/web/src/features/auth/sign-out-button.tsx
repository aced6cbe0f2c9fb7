"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { useHydrated } from "@/lib/use-hydrated";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  const router = useRouter();
  const queryClient = useQueryClient();
  const [pending, startTransition] = useTransition();
  const hydrated = useHydrated();
  return (
    <Button
      size="sm"
      variant="ghost"
      disabled={!hydrated || pending}
      onClick={() =>
        startTransition(async () => {
          // better-auth's client loads on the click, not with every page.
          const { authClient } = await import("@/features/auth/auth-client");
          await authClient.signOut();
          // Nothing of this person's data stays in the tab.
          queryClient.clear();
          router.replace("/sign-in");
          router.refresh();
        })
      }
    >
      {pending ? "Signing out…" : "Sign out"}
    </Button>
  );
}
