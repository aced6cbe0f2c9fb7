"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { cn } from "@/lib/cn";
import { useSwitchOrganization } from "@/lib/switch-organization";

export interface OrganizationOption {
  organizationId: string;
  organizationName: string;
}

/** The select's entries that open the form founding a new organization, and one's invitations. */
const newOrganization = "__new_organization__";
const invitations = "__invitations__";

/**
 * Chooses the organization the session works in: better-auth's active organization, which the
 * API reads for every call. After switching, cached data of the previous organization is
 * refetched and the server-rendered pages refresh. Its last entries open "New organization" and
 * one's invitations.
 */
export function OrganizationSwitcher({ memberships, activeOrganizationId }: { memberships: OrganizationOption[]; activeOrganizationId: string | null }) {
  const id = useId();
  const router = useRouter();
  const switchOrganization = useSwitchOrganization();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function choose(value: string) {
    setError(null);
    if (value === newOrganization || value === invitations) {
      router.push(value === newOrganization ? "/organizations/new" : "/invitations");
      return;
    }
    startTransition(async () => {
      setError(await switchOrganization(value));
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
        disabled={pending}
        onChange={(event) => choose(event.target.value)}
        className={cn(
          "h-7 max-w-64 truncate rounded-md border border-zinc-200 bg-white pr-7 pl-2 text-[13px] font-medium text-zinc-800 shadow-xs hover:border-zinc-300 focus:border-brand-500 focus:ring-2 focus:ring-brand-500/30 focus:outline-none",
          pending && "opacity-60",
        )}
      >
        {memberships.length === 0 || !activeOrganizationId ? <option value="">No organization</option> : null}
        {memberships.map((m) => (
          <option key={m.organizationId} value={m.organizationId}>
            {m.organizationName}
          </option>
        ))}
        <option value={newOrganization}>+ New organization…</option>
        <option value={invitations}>Your invitations…</option>
      </select>
      {error ? (
        <span role="alert" className="text-xs text-red-600">
          {error}
        </span>
      ) : null}
    </div>
  );
}
