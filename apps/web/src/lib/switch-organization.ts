"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback } from "react";

/**
 * Makes `organizationId` the session's active organization (better-auth's `setActive`, which
 * checks the membership), refetches the cached data (now of the new one), and re-renders the pages
 * (optionally at `href`). Returns the error message, or null.
 */
export function useSwitchOrganization() {
  const router = useRouter();
  const queryClient = useQueryClient();
  return useCallback(
    async (organizationId: string, href?: string): Promise<string | null> => {
      // better-auth's client loads when someone switches, not with every page.
      const { authClient } = await import("@/features/auth/auth-client");
      const result = await authClient.organization.setActive({ organizationId });
      if (result.error) return result.error.message ?? "Could not switch organization.";
      await queryClient.invalidateQueries();
      if (href) router.push(href);
      router.refresh();
      return null;
    },
    [router, queryClient],
  );
}
