"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { authClient } from "../auth/auth-client";
import { cn } from "../lib/cn";

export interface OrganizationOption {
  organizationId: string;
  organizationName: string;
}

/**
 * Chooses the organization the session works in: better-auth's active organization, which the
 * API reads for every call. After switching, cached data of the previous organization is
 * refetched and the server-rendered pages refresh.
 */
export function OrganizationSwitcher({ memberships, activeOrganizationId }: { memberships: OrganizationOption[]; activeOrganizationId: string | null }) {
  const id = useId();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function switchTo(organizationId: string) {
    setError(null);
    startTransition(async () => {
      const result = await authClient.organization.setActive({ organizationId });
      if (result.error) {
        setError(result.error.message ?? "Could not switch organization.");
        return;
      }
      await queryClient.invalidateQueries();
      router.refresh();
    });
  }

  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="sr-only">
        Organization
      </label>
      <select
        id={id}
        value={activeOrganizationId ?? ""}
        disabled={pending || memberships.length === 0}
        onChange={(event) => switchTo(event.target.value)}
        className={cn(
          "h-7 max-w-64 truncate rounded-md border border-zinc-200 bg-white pr-7 pl-2 text-[13px] font-medium text-zinc-800 shadow-xs hover:border-zinc-300 focus:border-brand-500 focus:ring-2 focus:ring-brand-500/30 focus:outline-none",
          pending && "opacity-60",
        )}
      >
        {memberships.length === 0 ? <option value="">No organization</option> : null}
        {memberships.map((m) => (
          <option key={m.organizationId} value={m.organizationId}>
            {m.organizationName}
          </option>
        ))}
      </select>
      {error ? (
        <span role="alert" className="text-xs text-red-600">
          {error}
        </span>
      ) : null}
    </div>
  );
}
