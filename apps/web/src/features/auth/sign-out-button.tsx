"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { authClient } from "@/features/auth/auth-client";
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
