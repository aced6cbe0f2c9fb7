import type { Permission } from "@closebook/core";

/** What each permission lets a person do, in their words. */
export const permissionLabels: Record<Permission, string> = {
  "accounts.read": "View the chart of accounts",
  "accounts.create": "Open accounts in the chart of accounts",
  "audit.read": "Read the audit trail",
};

export function permissionLabel(permission: string): string {
  return permission in permissionLabels ? permissionLabels[permission as Permission] : permission;
}
